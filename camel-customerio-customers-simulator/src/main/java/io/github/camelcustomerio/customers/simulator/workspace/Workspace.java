package io.github.camelcustomerio.customers.simulator.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.github.camelcustomerio.customers.simulator.filter.ObjectFilter;
import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Channel;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.Device;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.ObjectIdType;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.PreferencesHeader;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentUsage;
import io.github.camelcustomerio.customers.simulator.model.Topic;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The live state of a simulated Customer.io workspace: people, segments, objects, relationships, activities,
 * messages and subscription settings. Every method is thread-safe; tests may read and change the state while
 * the simulator serves requests.
 *
 * <p>People keep the order in which they were first stored; listings (segment membership, people search,
 * relationships, objects) follow that order. Synthetic segments ({@link #addSyntheticSegment}) compute
 * their members on the fly: those people can be looked up by id, email or cio_id and listed through their
 * segment, but they are outside people searches and dynamic segments, which consider stored people only.
 *
 * <p>How it is built: one store per resource ({@link PeopleStore}, {@link SegmentStore}, {@link ObjectStore},
 * {@link RelationshipStore}, a {@link TimelineStore} each for activities and messages, {@link SubscriptionStore}).
 * The stores are not thread-safe and only this class holds them; each public method takes the workspace's one
 * read-write lock once, through {@link #read} or {@link #write}, and may then use several stores consistently.
 * That is also why this file runs to about 480 lines, past the project's usual 400: it is the whole surface of
 * the state (65 public members, each a few lines that take the lock and delegate), and splitting it would
 * give the lock a second owner.
 */
public final class Workspace {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;

    private final PeopleStore people = new PeopleStore();
    private final SegmentStore segments = new SegmentStore(people);
    private final ObjectStore objects = new ObjectStore();
    private final RelationshipStore relationships = new RelationshipStore();
    private final TimelineStore.Sequence timelineSequence = new TimelineStore.Sequence();
    private final TimelineStore<Activity> activities = TimelineStore.activities(timelineSequence);
    private final TimelineStore<Message> messages = TimelineStore.messages(timelineSequence);
    private final SubscriptionStore subscriptions = new SubscriptionStore();

    public Workspace() {
        this(Clock.systemUTC());
    }

    public Workspace(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The workspace's current time in unix seconds, used for every "now" it stamps. */
    public long now() {
        return clock.instant().getEpochSecond();
    }

    // People

    /**
     * Adds a person, or replaces the person with the same id (or, for a person without id, the same cio_id).
     * Assigns a cio_id when none is given; attributes whose value did not change keep their timestamp.
     *
     * @return the person as stored
     */
    public Person putPerson(Person person) {
        return write(() -> people.put(person, now()));
    }

    /** Changes a stored person through a builder, for example {@code updatePerson("user-17", p -> p.attribute("plan", "basic"))}. */
    public Person updatePerson(String personId, UnaryOperator<Person.Builder> change) {
        return write(() -> {
            Person previous = people.requireStored(personId);
            Person changed = change.apply(previous.toBuilder()).build();
            if (!Objects.equals(changed.id(), previous.id()) || !Objects.equals(changed.cioId(), previous.cioId())) {
                throw new IllegalArgumentException("a person's id and cio_id cannot change: " + personId);
            }
            return people.put(changed, now());
        });
    }

    public Person setPersonAttribute(String personId, String name, String value) {
        return updatePerson(personId, person -> person.attribute(name, value));
    }

    public Person addDevice(String personId, Device device) {
        return updatePerson(personId, person -> person.device(device));
    }

    public Person setUnsubscribed(String personId, boolean unsubscribed) {
        return updatePerson(personId, person -> person.unsubscribed(unsubscribed));
    }

    public Person setTopicPreference(String personId, int topicId, boolean subscribed) {
        return updatePerson(personId, person -> person.topicPreference(topicId, subscribed));
    }

    /** Deletes a stored person with their segment memberships, relationships, activities and messages. */
    public boolean deletePerson(String personId) {
        return write(() -> people.remove(personId)
                .map(removed -> {
                    String cioId = removed.person().cioId();
                    segments.forgetMember(removed.sequence());
                    relationships.removePerson(cioId);
                    activities.remove(cioId);
                    messages.remove(cioId);
                    return true;
                })
                .orElse(false));
    }

    /** The person with this id, stored or synthetic. */
    public Optional<Person> person(String personId) {
        return findPerson(IdType.ID, personId);
    }

    /** Looks a person up the way {@code id_type} does; emails compare case-insensitively. */
    public Optional<Person> findPerson(IdType idType, String value) {
        return read(() -> lookUp(idType, value));
    }

    /** The stored people (not synthetic ones), in the order they were first stored. */
    public List<Person> people() {
        return read(people::all);
    }

    public int personCount() {
        return read(people::size);
    }

    // Segments

    /**
     * Adds or replaces a segment definition. A manual segment keeps its members when replaced by a manual
     * segment; a synthetic segment replaced this way becomes an ordinary segment. Timestamps of 0 mean "now".
     */
    public Segment putSegment(Segment segment) {
        return write(() -> segments.put(segment, now()));
    }

    /** Creates a manual segment with the next free id, as {@code POST /v1/segments} does. */
    public Segment createManualSegment(String name, String description) {
        return write(() -> segments.put(
                Segment.builder(segments.nextId(), name)
                        .description(description)
                        .build(),
                now()));
    }

    /** Creates a dynamic segment with the next free id whose members are the people matching {@code filter}. */
    public Segment createDynamicSegment(String name, String description, PeopleFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return write(() -> segments.put(
                Segment.builder(segments.nextId(), name)
                        .description(description)
                        .dynamic(filter)
                        .build(),
                now()));
    }

    public boolean deleteSegment(int segmentId) {
        return write(() -> segments.delete(segmentId));
    }

    public Optional<Segment> segment(int segmentId) {
        return read(() -> segments.get(segmentId));
    }

    public List<Segment> segments() {
        return read(segments::all);
    }

    /** Adds a stored person to a manual segment. */
    public void addToSegment(int segmentId, String personId) {
        update(() -> segments.changeManualMembership(segmentId, personId, true, now()));
    }

    public void removeFromSegment(int segmentId, String personId) {
        update(() -> segments.changeManualMembership(segmentId, personId, false, now()));
    }

    public boolean isMember(int segmentId, String personId) {
        return read(() -> lookUp(IdType.ID, personId)
                .map(person -> segments.isMember(segmentId, person))
                .orElse(false));
    }

    /** The number of members of a segment. */
    public long segmentMemberCount(int segmentId) {
        return countMembers(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
    }

    public Segment setSegmentUsage(int segmentId, SegmentUsage usage) {
        return write(() -> segments.setUsage(segmentId, usage));
    }

    /** The segments a person belongs to, by segment id. */
    public List<Segment> segmentsOf(Person person) {
        return read(() -> segments.segmentsOf(person));
    }

    /**
     * Adds (or replaces) a dynamic segment whose {@code members} people are computed from their index: member
     * {@code i} has id {@code synth-<segmentId>-<i zero-padded to 10 digits>}, and email and cio_id derived
     * from {@code seed} and {@code i} (every 10th member has no email).
     */
    public Segment addSyntheticSegment(int segmentId, long members, long seed) {
        return write(() -> segments.addSynthetic(segmentId, members, seed, now()));
    }

    /** Takes members out of a synthetic segment (the people still exist, they are just no longer members). */
    public void removeSyntheticMembers(int segmentId, long... indexes) {
        update(() -> segments.removeSyntheticMembers(segmentId, indexes, now()));
    }

    /** Appends members to a synthetic segment; new members sort after all existing ones. */
    public void growSyntheticSegment(int segmentId, long newSize) {
        update(() -> segments.growSynthetic(segmentId, newSize, now()));
    }

    /** The synthetic person with this index (whether or not still a member). */
    public Person syntheticPerson(int segmentId, long index) {
        return read(() -> segments.syntheticPerson(segmentId, index));
    }

    // Objects and relationships

    public ObjectType putObjectType(ObjectType type) {
        return write(() -> objects.putType(type));
    }

    public List<ObjectType> objectTypes() {
        return read(objects::types);
    }

    public Optional<ObjectType> objectType(int objectTypeId) {
        return read(() -> objects.type(objectTypeId));
    }

    /**
     * Adds or replaces an object of an existing type. Assigns a cio_object_id when none is given; attributes
     * without a timestamp keep their old one when unchanged and get "now" otherwise.
     */
    public CustomerObject putObject(CustomerObject object) {
        return write(() -> objects.put(object, now()));
    }

    /** Deletes an object and its relationships. */
    public boolean deleteObject(int objectTypeId, String objectId) {
        return write(() -> {
            boolean deleted = objects.delete(objectTypeId, objectId);
            if (deleted) {
                relationships.removeObject(objectTypeId, objectId);
            }
            return deleted;
        });
    }

    public Optional<CustomerObject> object(int objectTypeId, String objectId) {
        return findObject(objectTypeId, ObjectIdType.OBJECT_ID, objectId);
    }

    public Optional<CustomerObject> findObject(int objectTypeId, ObjectIdType idType, String value) {
        return read(() -> objects.find(objectTypeId, idType, value));
    }

    /** Relates a person to an object (or replaces the relationship's attributes); timestamps default to now. */
    public Relationship relate(String personId, int objectTypeId, String objectId, Map<String, Object> attributes) {
        return relate(personId, objectTypeId, objectId, attributes, Map.of());
    }

    public Relationship relate(
            String personId,
            int objectTypeId,
            String objectId,
            Map<String, Object> attributes,
            Map<String, Long> timestamps) {
        return write(() -> {
            Person person = anyPerson(personId);
            CustomerObject object = objects.require(objectTypeId, objectId);
            return relationships.relate(person, object, attributes, timestamps, now());
        });
    }

    public boolean unrelate(String personId, int objectTypeId, String objectId) {
        return write(() -> lookUp(IdType.ID, personId)
                .map(person -> relationships.unrelate(person.cioId(), objectTypeId, objectId))
                .orElse(false));
    }

    /** A person's relationships, oldest first. */
    public List<Relationship> relationshipsOf(String personId) {
        return read(() -> lookUp(IdType.ID, personId)
                .map(person -> relationships.of(person.cioId()))
                .orElse(List.of()));
    }

    // Activities and messages: one path for both kinds of per-person log

    /** Adds an activity to a person's log (newest first); a timestamp of 0 means now. */
    public Activity addActivity(String personId, Activity activity) {
        return addToTimeline(activities, personId, activity);
    }

    /** A person's activities, newest first. */
    public List<Activity> activitiesOf(String personId) {
        return timelineOf(activities, personId);
    }

    /** Adds a message sent to a person (newest first); missing id, created time and recipient are filled in. */
    public Message addMessage(String personId, Message message) {
        return addToTimeline(messages, personId, message);
    }

    /** A person's messages, newest first. */
    public List<Message> messagesOf(String personId) {
        return timelineOf(messages, personId);
    }

    private <T> T addToTimeline(TimelineStore<T> timeline, String personId, T entry) {
        return write(() -> timeline.add(anyPerson(personId), entry, now()));
    }

    private <T> List<T> timelineOf(TimelineStore<T> timeline, String personId) {
        return read(() -> lookUp(IdType.ID, personId)
                .map(person -> timeline.of(person.cioId()))
                .orElse(List.of()));
    }

    // Subscription settings

    public Channel putChannel(Channel channel) {
        return write(() -> subscriptions.putChannel(channel));
    }

    public boolean removeChannel(int channelId) {
        return write(() -> subscriptions.removeChannel(channelId));
    }

    public List<Channel> channels() {
        return read(subscriptions::channels);
    }

    public Topic putTopic(Topic topic) {
        return write(() -> subscriptions.putTopic(topic));
    }

    public boolean removeTopic(int topicId) {
        return write(() -> subscriptions.removeTopic(topicId));
    }

    public List<Topic> topics() {
        return read(subscriptions::topics);
    }

    /** Sets the subscription centre's title and subtitle in one language. */
    public void setPreferencesHeader(String language, PreferencesHeader header) {
        update(() -> subscriptions.setHeader(language, header));
    }

    /** The headers by lower-case language tag. */
    public Map<String, PreferencesHeader> preferencesHeaders() {
        return read(subscriptions::headers);
    }

    /** The language used when a request asks for none, or for one the workspace has no text in. */
    public void setDefaultLanguage(String language) {
        update(() -> subscriptions.setDefaultLanguage(language));
    }

    public String defaultLanguage() {
        return read(subscriptions::defaultLanguage);
    }

    /** A one-line description of the contents, for logs and the command line. */
    public String describe() {
        return read(() -> people.size() + " people, "
                + segments.size() + " segments, "
                + objects.typeCount() + " object types, "
                + objects.objectCount() + " objects, "
                + relationships.size() + " relationships, "
                + subscriptions.channels().size() + " channels, "
                + subscriptions.topics().size() + " topics"
                + segments.describeSynthetic());
    }

    // The reads of the App API handlers, one page under one lock each. They are public only because the handlers
    // live in another package; tests find the same state through the methods above.

    /** Stored and synthetic people with this email (case-insensitive), stored ones first. */
    public List<Person> peopleWithEmail(String email) {
        return read(() -> {
            List<Person> matches = new ArrayList<>(people.withEmail(email));
            segments.findSynthetic(IdType.EMAIL, email).ifPresent(matches::add);
            return matches;
        });
    }

    public Page<Person> searchPeople(PeopleFilter filter, Cursor after, int limit) {
        return read(() -> {
            PeopleFilter.SegmentMembership membership = segments.membership();
            return people.page(person -> filter.matches(person, membership), after, limit);
        });
    }

    public OptionalLong countMembers(int segmentId) {
        return read(() -> segments.countMembers(segmentId));
    }

    /** One page of a segment's members in a stable order, or empty when the segment does not exist. */
    public Optional<Page<Person>> membersPage(int segmentId, Cursor after, int limit) {
        return read(() -> segments.membersPage(segmentId, after, limit));
    }

    public Page<CustomerObject> searchObjects(int objectTypeId, ObjectFilter filter, Cursor after, int limit) {
        return read(() -> objects.search(objectTypeId, filter, after, limit));
    }

    public Page<Relationship> relationshipsOfPerson(Person person, Cursor after, int limit) {
        return read(() -> relationships.pageOfPerson(person.cioId(), after, limit));
    }

    public Page<Person> peopleRelatedTo(CustomerObject object, Cursor after, int limit) {
        return read(() -> relationships
                .pageOfObject(object.objectTypeId(), object.objectId(), after, limit)
                .map(relationship ->
                        lookUp(IdType.CIO_ID, relationship.personCioId()).orElseThrow()));
    }

    public Page<Activity> activitiesPage(Person person, Predicate<Activity> filter, Cursor after, int limit) {
        return read(() -> activities.page(person.cioId(), filter, after, limit));
    }

    public Page<Message> messagesPage(Person person, Predicate<Message> filter, Cursor after, int limit) {
        return read(() -> messages.page(person.cioId(), filter, after, limit));
    }

    // Rules that span stores, and the lock

    /** A stored person, or else a synthetic one: synthetic people live in their segment. */
    private Optional<Person> lookUp(IdType idType, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return people.find(idType, value).or(() -> segments.findSynthetic(idType, value));
    }

    private Person anyPerson(String personId) {
        return lookUp(IdType.ID, personId)
                .orElseThrow(() -> new IllegalArgumentException("no person with id " + personId));
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void update(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }
}
