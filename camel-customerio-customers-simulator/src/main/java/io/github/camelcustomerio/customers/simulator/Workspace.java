package io.github.camelcustomerio.customers.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The live state of a simulated Customer.io workspace: people, segments, objects, relationships, activities,
 * messages and subscription settings. Every method is thread-safe; tests may read and change the state while
 * the simulator serves requests.
 *
 * <p>People keep the order in which they were first stored; listings (segment membership, people search,
 * relationships, objects) follow that order. Synthetic segments ({@link #addSyntheticSegment}) compute
 * their members on the fly: those people can be looked up by id, email or cio_id and listed through their
 * segment, but they are outside people searches and dynamic segments, which consider stored people only.
 */
public final class Workspace {

    private static final int MAX_SEGMENT_NESTING = 16;
    private static final PreferencesHeader DEFAULT_HEADER =
            new PreferencesHeader("Your subscription preferences", "Choose the topics you want to hear about");

    private record ObjectKey(int objectTypeId, String objectId) {
    }

    private record RelationshipKey(String personCioId, int objectTypeId, String objectId) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;

    private long lastPersonSequence;
    private long lastGeneratedCioId;
    private final NavigableMap<Long, Person> peopleBySequence = new TreeMap<>();
    private final Map<String, Long> personSequenceById = new HashMap<>();
    private final Map<String, Long> personSequenceByCioId = new HashMap<>();
    private final Map<String, NavigableSet<Long>> personSequencesByEmail = new HashMap<>();
    private final Map<String, NavigableSet<Long>> personSequencesByPhone = new HashMap<>();

    private int lastSegmentId;
    private final NavigableMap<Integer, Segment> segments = new TreeMap<>();
    private final Map<Integer, NavigableSet<Long>> manualMembers = new HashMap<>();
    private final Map<Integer, SyntheticSegment> syntheticSegments = new TreeMap<>();

    private final NavigableMap<Integer, ObjectType> objectTypes = new TreeMap<>();
    private long lastObjectSequence;
    private final Map<Integer, NavigableMap<Long, CustomerObject>> objectsByType = new HashMap<>();
    private final Map<ObjectKey, Long> objectSequenceByKey = new HashMap<>();
    private final Map<String, ObjectKey> objectKeyByCioObjectId = new HashMap<>();

    private long lastRelationshipSequence;
    private final NavigableMap<Long, Relationship> relationships = new TreeMap<>();
    private final Map<RelationshipKey, Long> relationshipSequenceByKey = new HashMap<>();

    private long lastTimelineSequence;
    private final Map<String, Timeline<Activity>> activitiesByCioId = new HashMap<>();
    private final Map<String, Timeline<Message>> messagesByCioId = new HashMap<>();

    private final NavigableMap<Integer, Channel> channels = new TreeMap<>();
    private final NavigableMap<Integer, Topic> topics = new TreeMap<>();
    private final Map<String, PreferencesHeader> preferencesHeaders = new LinkedHashMap<>();
    private String defaultLanguage = "en";

    public Workspace() {
        this(Clock.systemUTC());
    }

    public Workspace(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        preferencesHeaders.put(defaultLanguage, DEFAULT_HEADER);
    }

    /** The workspace's current time in unix seconds, used for every "now" it stamps. */
    public long now() {
        return clock.instant().getEpochSecond();
    }


    /**
     * Adds a person, or replaces the person with the same id (or, for a person without id, the same cio_id).
     * Assigns a cio_id when none is given; attributes whose value did not change keep their timestamp.
     *
     * @return the person as stored
     */
    public Person putPerson(Person person) {
        return write(() -> putPersonLocked(person));
    }

    /** Changes a stored person through a builder, for example {@code updatePerson("user-17", p -> p.attribute("plan", "basic"))}. */
    public Person updatePerson(String personId, UnaryOperator<Person.Builder> change) {
        return write(() -> {
            Person previous = storedPersonLocked(personId);
            Person changed = change.apply(previous.toBuilder()).build();
            if (!Objects.equals(changed.id(), previous.id()) || !Objects.equals(changed.cioId(), previous.cioId())) {
                throw new IllegalArgumentException("a person's id and cio_id cannot change: " + personId);
            }
            return putPersonLocked(changed);
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
        return write(() -> {
            Long sequence = personSequenceById.get(personId);
            if (sequence == null) {
                return false;
            }
            Person person = peopleBySequence.remove(sequence);
            unindex(person, sequence);
            manualMembers.values().forEach(members -> members.remove(sequence));
            relationships.values().removeIf(relationship -> relationship.personCioId().equals(person.cioId()));
            relationshipSequenceByKey.keySet().removeIf(key -> key.personCioId().equals(person.cioId()));
            activitiesByCioId.remove(person.cioId());
            messagesByCioId.remove(person.cioId());
            return true;
        });
    }

    /** The person with this id, stored or synthetic. */
    public Optional<Person> person(String personId) {
        return findPerson(IdType.ID, personId);
    }

    /** Looks a person up the way {@code id_type} does; emails compare case-insensitively. */
    public Optional<Person> findPerson(IdType idType, String value) {
        return read(() -> findPersonLocked(idType, value));
    }

    /** The stored people (not synthetic ones), in the order they were first stored. */
    public List<Person> people() {
        return read(() -> List.copyOf(peopleBySequence.values()));
    }

    public int personCount() {
        return read(peopleBySequence::size);
    }

    List<Person> peopleWithEmail(String email) {
        return read(() -> {
            List<Person> matches = new ArrayList<>();
            NavigableSet<Long> sequences = personSequencesByEmail.get(normalizedEmail(email));
            if (sequences != null) {
                sequences.forEach(sequence -> matches.add(peopleBySequence.get(sequence)));
            }
            syntheticPersonLocked(people -> people.indexOfEmail(normalizedEmail(email))).ifPresent(matches::add);
            return matches;
        });
    }

    Page<Person> searchPeople(PeopleFilter filter, Cursor after, int limit) {
        return read(() -> {
            PeopleFilter.SegmentMembership membership = membershipAtDepth(1);
            Iterator<Map.Entry<Long, Person>> matches = peopleAfter(after).entrySet().stream()
                    .filter(entry -> filter.matches(entry.getValue(), membership))
                    .iterator();
            return Cursor.page(matches, limit, entry -> Cursor.at(entry.getKey())).map(Map.Entry::getValue);
        });
    }

    private Person putPersonLocked(Person person) {
        Long sequence = person.id() != null ? personSequenceById.get(person.id())
                : person.cioId() != null ? personSequenceByCioId.get(person.cioId()) : null;
        Person previous = sequence == null ? null : peopleBySequence.get(sequence);
        if (person.cioId() != null) {
            Long owner = personSequenceByCioId.get(person.cioId());
            if (owner != null && !owner.equals(sequence)) {
                throw new IllegalArgumentException("cio_id " + person.cioId() + " already belongs to another person");
            }
            if (previous != null && !person.cioId().equals(previous.cioId())) {
                throw new IllegalArgumentException("the cio_id of person " + person.id() + " cannot change");
            }
        }
        long now = now();
        long createdAt = person.createdAt() > 0 ? person.createdAt() : previous != null ? previous.createdAt() : now;
        String cioId = person.cioId() != null ? person.cioId() : previous != null ? previous.cioId() : newCioIdLocked();
        Map<String, Long> timestamps = new LinkedHashMap<>();
        person.attributes().forEach((name, value) -> {
            Long given = person.attributeTimestamps().get(name);
            if (given != null) {
                timestamps.put(name, given);
            } else if (previous != null && value.equals(previous.attributes().get(name))
                    && previous.attributeTimestamps().containsKey(name)) {
                timestamps.put(name, previous.attributeTimestamps().get(name));
            } else {
                timestamps.put(name, previous == null ? createdAt : now);
            }
        });
        Person stored = new Person(person.id(), person.email(), cioId, person.attributes(), timestamps,
                person.devices(), person.unsubscribed(), person.topicPreferences(), createdAt);
        if (previous == null) {
            sequence = ++lastPersonSequence;
        } else {
            unindex(previous, sequence);
        }
        peopleBySequence.put(sequence, stored);
        index(stored, sequence);
        return stored;
    }

    private String newCioIdLocked() {
        String candidate;
        do {
            candidate = Identifiers.cioId(++lastGeneratedCioId);
        } while (personSequenceByCioId.containsKey(candidate));
        return candidate;
    }

    private void index(Person person, long sequence) {
        if (person.id() != null) {
            personSequenceById.put(person.id(), sequence);
        }
        personSequenceByCioId.put(person.cioId(), sequence);
        if (person.email() != null) {
            personSequencesByEmail.computeIfAbsent(normalizedEmail(person.email()), key -> new TreeSet<>()).add(sequence);
        }
        if (person.phone() != null) {
            personSequencesByPhone.computeIfAbsent(person.phone(), key -> new TreeSet<>()).add(sequence);
        }
    }

    private void unindex(Person person, long sequence) {
        if (person.id() != null) {
            personSequenceById.remove(person.id());
        }
        personSequenceByCioId.remove(person.cioId());
        if (person.email() != null) {
            removeFromIndex(personSequencesByEmail, normalizedEmail(person.email()), sequence);
        }
        if (person.phone() != null) {
            removeFromIndex(personSequencesByPhone, person.phone(), sequence);
        }
    }

    private static void removeFromIndex(Map<String, NavigableSet<Long>> index, String key, long sequence) {
        NavigableSet<Long> sequences = index.get(key);
        if (sequences != null) {
            sequences.remove(sequence);
            if (sequences.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private static String normalizedEmail(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private Optional<Person> findPersonLocked(IdType idType, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (idType) {
            case ID -> storedPersonBySequence(personSequenceById.get(value))
                    .or(() -> syntheticPersonLocked(people -> people.indexOfId(value)));
            case EMAIL -> firstStoredPerson(personSequencesByEmail.get(normalizedEmail(value)))
                    .or(() -> syntheticPersonLocked(people -> people.indexOfEmail(normalizedEmail(value))));
            case PHONE -> firstStoredPerson(personSequencesByPhone.get(value));
            case CIO_ID -> storedPersonBySequence(personSequenceByCioId.get(value))
                    .or(() -> syntheticPersonLocked(people -> people.indexOfCioId(value)));
        };
    }

    private Optional<Person> storedPersonBySequence(Long sequence) {
        return sequence == null ? Optional.empty() : Optional.ofNullable(peopleBySequence.get(sequence));
    }

    private Optional<Person> firstStoredPerson(NavigableSet<Long> sequences) {
        return sequences == null || sequences.isEmpty() ? Optional.empty() : storedPersonBySequence(sequences.first());
    }

    private Optional<Person> syntheticPersonLocked(Function<SyntheticPeople, OptionalLong> indexOf) {
        for (SyntheticSegment segment : syntheticSegments.values()) {
            OptionalLong index = indexOf.apply(segment.people());
            if (index.isPresent() && segment.exists(index.getAsLong())) {
                return Optional.of(segment.people().person(index.getAsLong()));
            }
        }
        return Optional.empty();
    }

    private Person storedPersonLocked(String personId) {
        Long sequence = personSequenceById.get(personId);
        if (sequence == null) {
            throw new IllegalArgumentException("no stored person with id " + personId);
        }
        return peopleBySequence.get(sequence);
    }

    private Person anyPersonLocked(String personId) {
        return findPersonLocked(IdType.ID, personId)
                .orElseThrow(() -> new IllegalArgumentException("no person with id " + personId));
    }

    private boolean isStored(Person person) {
        return personSequenceByCioId.containsKey(person.cioId());
    }

    private NavigableMap<Long, Person> peopleAfter(Cursor after) {
        return after == null ? peopleBySequence : peopleBySequence.tailMap(after.position(), false);
    }


    /**
     * Adds or replaces a segment definition. A manual segment keeps its members when replaced by a manual
     * segment; a synthetic segment replaced this way becomes an ordinary segment. Timestamps of 0 mean "now".
     */
    public Segment putSegment(Segment segment) {
        return write(() -> putSegmentLocked(segment));
    }

    /** Creates a manual segment with the next free id, as {@code POST /v1/segments} does. */
    public Segment createManualSegment(String name, String description) {
        return write(() -> putSegmentLocked(Segment.builder(lastSegmentId + 1, name).description(description).build()));
    }

    /** Creates a dynamic segment with the next free id whose members are the people matching {@code filter}. */
    public Segment createDynamicSegment(String name, String description, PeopleFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return write(() -> putSegmentLocked(
                Segment.builder(lastSegmentId + 1, name).description(description).dynamic(filter).build()));
    }

    public boolean deleteSegment(int segmentId) {
        return write(() -> {
            manualMembers.remove(segmentId);
            syntheticSegments.remove(segmentId);
            return segments.remove(segmentId) != null;
        });
    }

    public Optional<Segment> segment(int segmentId) {
        return read(() -> Optional.ofNullable(segments.get(segmentId)));
    }

    public List<Segment> segments() {
        return read(() -> List.copyOf(segments.values()));
    }

    /** Adds a stored person to a manual segment. */
    public void addToSegment(int segmentId, String personId) {
        changeManualMembership(segmentId, personId, NavigableSet::add);
    }

    public void removeFromSegment(int segmentId, String personId) {
        changeManualMembership(segmentId, personId, NavigableSet::remove);
    }

    public boolean isMember(int segmentId, String personId) {
        return read(() -> {
            Segment segment = segments.get(segmentId);
            Optional<Person> person = findPersonLocked(IdType.ID, personId);
            return segment != null && person.isPresent() && isMemberLocked(segment, person.get(), 0);
        });
    }

    /** The number of members of a segment. */
    public long segmentMemberCount(int segmentId) {
        return countMembers(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
    }

    public Segment setSegmentUsage(int segmentId, SegmentUsage usage) {
        return write(() -> {
            Segment changed = requireSegmentLocked(segmentId).withUsedBy(usage);
            segments.put(segmentId, changed);
            return changed;
        });
    }

    /** The segments a person belongs to, by segment id. */
    public List<Segment> segmentsOf(Person person) {
        return read(() -> segments.values().stream().filter(segment -> isMemberLocked(segment, person, 0)).toList());
    }

    OptionalLong countMembers(int segmentId) {
        return read(() -> {
            Segment segment = segments.get(segmentId);
            if (segment == null) {
                return OptionalLong.empty();
            }
            SyntheticSegment synthetic = syntheticSegments.get(segmentId);
            if (synthetic != null) {
                return OptionalLong.of(synthetic.memberCount());
            }
            if (segment.type() == SegmentType.MANUAL) {
                return OptionalLong.of(manualMembers.get(segmentId).size());
            }
            return OptionalLong.of(peopleBySequence.values().stream()
                    .filter(person -> isMemberLocked(segment, person, 0))
                    .count());
        });
    }

    /** One page of a segment's members in a stable order, or empty when the segment does not exist. */
    Optional<Page<Person>> membersPage(int segmentId, Cursor after, int limit) {
        return read(() -> {
            Segment segment = segments.get(segmentId);
            if (segment == null) {
                return Optional.empty();
            }
            SyntheticSegment synthetic = syntheticSegments.get(segmentId);
            if (synthetic != null) {
                Iterator<Long> indexes = synthetic.membersAfter(after == null ? -1 : after.position());
                return Optional.of(Cursor.page(indexes, limit, Cursor::at).map(synthetic.people()::person));
            }
            if (segment.type() == SegmentType.MANUAL) {
                NavigableSet<Long> members = manualMembers.get(segmentId);
                Iterator<Long> sequences = (after == null ? members : members.tailSet(after.position(), false)).iterator();
                return Optional.of(Cursor.page(sequences, limit, Cursor::at).map(peopleBySequence::get));
            }
            Iterator<Map.Entry<Long, Person>> matches = peopleAfter(after).entrySet().stream()
                    .filter(entry -> isMemberLocked(segment, entry.getValue(), 0))
                    .iterator();
            return Optional.of(Cursor.page(matches, limit, entry -> Cursor.at(entry.getKey())).map(Map.Entry::getValue));
        });
    }

    private Segment putSegmentLocked(Segment segment) {
        long now = now();
        Segment previous = segments.get(segment.id());
        long createdAt = segment.createdAt() > 0 ? segment.createdAt() : previous != null ? previous.createdAt() : now;
        long updatedAt = segment.updatedAt() > 0 ? segment.updatedAt() : previous != null ? now : createdAt;
        Segment stored = new Segment(segment.id(), segment.name(), segment.description(), segment.type(),
                segment.state(), segment.progress(), segment.tags(), createdAt, updatedAt, segment.filter(),
                segment.usedBy());
        segments.put(stored.id(), stored);
        lastSegmentId = Math.max(lastSegmentId, stored.id());
        syntheticSegments.remove(stored.id());
        if (stored.type() == SegmentType.MANUAL) {
            manualMembers.computeIfAbsent(stored.id(), id -> new TreeSet<>());
        } else {
            manualMembers.remove(stored.id());
        }
        return stored;
    }

    private Segment requireSegmentLocked(int segmentId) {
        Segment segment = segments.get(segmentId);
        if (segment == null) {
            throw new IllegalArgumentException("no segment " + segmentId);
        }
        return segment;
    }

    private void changeManualMembership(int segmentId, String personId, BiConsumer<NavigableSet<Long>, Long> change) {
        write(() -> {
            Segment segment = requireSegmentLocked(segmentId);
            if (segment.type() != SegmentType.MANUAL) {
                throw new IllegalArgumentException("segment " + segmentId + " is not a manual segment");
            }
            Person person = storedPersonLocked(personId);
            change.accept(manualMembers.get(segmentId), personSequenceByCioId.get(person.cioId()));
            segments.put(segmentId, segment.withUpdatedAt(now()));
            return null;
        });
    }

    private boolean isMemberLocked(Segment segment, Person person, int depth) {
        if (depth > MAX_SEGMENT_NESTING) {
            return false;
        }
        SyntheticSegment synthetic = syntheticSegments.get(segment.id());
        if (synthetic != null) {
            if (person.id() == null || isStored(person)) {
                return false;
            }
            OptionalLong index = synthetic.people().indexOfId(person.id());
            return index.isPresent() && synthetic.isMember(index.getAsLong());
        }
        if (segment.type() == SegmentType.MANUAL) {
            Long sequence = personSequenceByCioId.get(person.cioId());
            return sequence != null && manualMembers.get(segment.id()).contains(sequence);
        }
        return segment.filter() != null && isStored(person)
                && segment.filter().matches(person, membershipAtDepth(depth + 1));
    }

    // A dynamic segment may refer to another, possibly in a cycle; the depth bound makes a cycle "no match".
    private PeopleFilter.SegmentMembership membershipAtDepth(int depth) {
        return (segmentId, person) -> {
            Segment referenced = segments.get(segmentId);
            return referenced != null && isMemberLocked(referenced, person, depth);
        };
    }


    /**
     * Adds (or replaces) a dynamic segment whose {@code members} people are computed from their index: member
     * {@code i} has id {@code synth-<segmentId>-<i zero-padded to 10 digits>}, and email and cio_id derived
     * from {@code seed} and {@code i} (every 10th member has no email).
     */
    public Segment addSyntheticSegment(int segmentId, long members, long seed) {
        return write(() -> {
            Segment segment = putSegmentLocked(Segment.builder(segmentId, "Synthetic segment " + segmentId)
                    .description("Generated members for load tests")
                    .type(SegmentType.DYNAMIC)
                    .build());
            syntheticSegments.put(segmentId, new SyntheticSegment(new SyntheticPeople(segmentId, seed), members));
            return segment;
        });
    }

    /** Takes members out of a synthetic segment (the people still exist, they are just no longer members). */
    public void removeSyntheticMembers(int segmentId, long... indexes) {
        write(() -> {
            syntheticSegmentLocked(segmentId).remove(indexes);
            segments.put(segmentId, segments.get(segmentId).withUpdatedAt(now()));
            return null;
        });
    }

    /** Appends members to a synthetic segment; new members sort after all existing ones. */
    public void growSyntheticSegment(int segmentId, long newSize) {
        write(() -> {
            syntheticSegmentLocked(segmentId).grow(newSize);
            segments.put(segmentId, segments.get(segmentId).withUpdatedAt(now()));
            return null;
        });
    }

    /** The synthetic person with this index (whether or not still a member). */
    public Person syntheticPerson(int segmentId, long index) {
        return read(() -> {
            SyntheticSegment segment = syntheticSegmentLocked(segmentId);
            if (!segment.exists(index)) {
                throw new IllegalArgumentException("synthetic segment " + segmentId + " has no member " + index);
            }
            return segment.people().person(index);
        });
    }

    private SyntheticSegment syntheticSegmentLocked(int segmentId) {
        SyntheticSegment segment = syntheticSegments.get(segmentId);
        if (segment == null) {
            throw new IllegalArgumentException("segment " + segmentId + " is not a synthetic segment");
        }
        return segment;
    }


    public ObjectType putObjectType(ObjectType type) {
        return write(() -> {
            objectTypes.put(type.id(), type);
            objectsByType.computeIfAbsent(type.id(), id -> new TreeMap<>());
            return type;
        });
    }

    public List<ObjectType> objectTypes() {
        return read(() -> List.copyOf(objectTypes.values()));
    }

    public Optional<ObjectType> objectType(int objectTypeId) {
        return read(() -> Optional.ofNullable(objectTypes.get(objectTypeId)));
    }

    /**
     * Adds or replaces an object of an existing type. Assigns a cio_object_id when none is given; attributes
     * without a timestamp keep their old one when unchanged and get "now" otherwise.
     */
    public CustomerObject putObject(CustomerObject object) {
        return write(() -> {
            if (!objectTypes.containsKey(object.objectTypeId())) {
                throw new IllegalArgumentException("no object type " + object.objectTypeId());
            }
            ObjectKey key = new ObjectKey(object.objectTypeId(), object.objectId());
            Long sequence = objectSequenceByKey.get(key);
            NavigableMap<Long, CustomerObject> objects = objectsByType.get(object.objectTypeId());
            CustomerObject previous = sequence == null ? null : objects.get(sequence);
            String cioObjectId = object.cioObjectId() != null ? object.cioObjectId()
                    : previous != null ? previous.cioObjectId() : newCioObjectIdLocked();
            ObjectKey owner = objectKeyByCioObjectId.get(cioObjectId);
            if (owner != null && !owner.equals(key) || previous != null && !previous.cioObjectId().equals(cioObjectId)) {
                throw new IllegalArgumentException("cio_object_id " + cioObjectId + " conflicts with another object");
            }
            long now = now();
            Map<String, Long> timestamps = new LinkedHashMap<>();
            object.attributes().forEach((name, value) -> timestamps.put(name, object.timestamps().containsKey(name)
                    ? object.timestamps().get(name)
                    : previous != null && Objects.equals(previous.attributes().get(name), value)
                            && previous.timestamps().containsKey(name) ? previous.timestamps().get(name) : now));
            CustomerObject stored = object.withIdentityAndTimestamps(cioObjectId, timestamps);
            if (sequence == null) {
                sequence = ++lastObjectSequence;
            }
            objects.put(sequence, stored);
            objectSequenceByKey.put(key, sequence);
            objectKeyByCioObjectId.put(cioObjectId, key);
            return stored;
        });
    }

    /** Deletes an object and its relationships. */
    public boolean deleteObject(int objectTypeId, String objectId) {
        return write(() -> {
            Long sequence = objectSequenceByKey.remove(new ObjectKey(objectTypeId, objectId));
            if (sequence == null) {
                return false;
            }
            CustomerObject removed = objectsByType.get(objectTypeId).remove(sequence);
            objectKeyByCioObjectId.remove(removed.cioObjectId());
            relationships.values().removeIf(relationship -> relationship.objectTypeId() == objectTypeId
                    && relationship.objectId().equals(objectId));
            relationshipSequenceByKey.keySet().removeIf(relationship -> relationship.objectTypeId() == objectTypeId
                    && relationship.objectId().equals(objectId));
            return true;
        });
    }

    public Optional<CustomerObject> object(int objectTypeId, String objectId) {
        return findObject(objectTypeId, ObjectIdType.OBJECT_ID, objectId);
    }

    public Optional<CustomerObject> findObject(int objectTypeId, ObjectIdType idType, String value) {
        return read(() -> {
            ObjectKey key = idType == ObjectIdType.OBJECT_ID ? new ObjectKey(objectTypeId, value)
                    : objectKeyByCioObjectId.get(value);
            Long sequence = key == null || key.objectTypeId() != objectTypeId ? null : objectSequenceByKey.get(key);
            return sequence == null ? Optional.empty() : Optional.of(objectsByType.get(objectTypeId).get(sequence));
        });
    }

    Page<CustomerObject> searchObjects(int objectTypeId, ObjectFilter filter, Cursor after, int limit) {
        return read(() -> {
            NavigableMap<Long, CustomerObject> objects = objectsByType.getOrDefault(objectTypeId, new TreeMap<>());
            Iterator<Map.Entry<Long, CustomerObject>> matches =
                    (after == null ? objects : objects.tailMap(after.position(), false)).entrySet().stream()
                            .filter(entry -> filter.matches(entry.getValue()))
                            .iterator();
            return Cursor.page(matches, limit, entry -> Cursor.at(entry.getKey())).map(Map.Entry::getValue);
        });
    }

    private String newCioObjectIdLocked() {
        long candidate = lastObjectSequence + 1;
        while (objectKeyByCioObjectId.containsKey(Identifiers.cioObjectId(candidate))) {
            candidate++;
        }
        return Identifiers.cioObjectId(candidate);
    }


    /** Relates a person to an object (or replaces the relationship's attributes); timestamps default to now. */
    public Relationship relate(String personId, int objectTypeId, String objectId, Map<String, Object> attributes) {
        return relate(personId, objectTypeId, objectId, attributes, Map.of());
    }

    public Relationship relate(String personId, int objectTypeId, String objectId, Map<String, Object> attributes,
                               Map<String, Long> timestamps) {
        return write(() -> {
            Person person = anyPersonLocked(personId);
            ObjectKey objectKey = new ObjectKey(objectTypeId, objectId);
            Long objectSequence = objectSequenceByKey.get(objectKey);
            if (objectSequence == null) {
                throw new IllegalArgumentException("no object " + objectId + " of type " + objectTypeId);
            }
            CustomerObject object = objectsByType.get(objectTypeId).get(objectSequence);
            RelationshipKey key = new RelationshipKey(person.cioId(), objectTypeId, objectId);
            Long sequence = relationshipSequenceByKey.get(key);
            Relationship previous = sequence == null ? null : relationships.get(sequence);
            long now = now();
            Map<String, Long> stamped = new LinkedHashMap<>();
            Map<String, Object> values = attributes == null ? Map.of() : attributes;
            Map<String, Long> givenTimestamps = timestamps == null ? Map.of() : timestamps;
            values.forEach((name, value) -> stamped.put(name, givenTimestamps.containsKey(name) ? givenTimestamps.get(name)
                    : previous != null && Objects.equals(previous.attributes().get(name), value)
                            && previous.timestamps().containsKey(name) ? previous.timestamps().get(name) : now));
            Relationship stored = new Relationship(person.cioId(), objectTypeId, objectId, object.cioObjectId(),
                    values, stamped);
            if (sequence == null) {
                sequence = ++lastRelationshipSequence;
                relationshipSequenceByKey.put(key, sequence);
            }
            relationships.put(sequence, stored);
            return stored;
        });
    }

    public boolean unrelate(String personId, int objectTypeId, String objectId) {
        return write(() -> {
            Optional<Person> person = findPersonLocked(IdType.ID, personId);
            if (person.isEmpty()) {
                return false;
            }
            Long sequence = relationshipSequenceByKey.remove(new RelationshipKey(person.get().cioId(), objectTypeId, objectId));
            return sequence != null && relationships.remove(sequence) != null;
        });
    }

    /** A person's relationships, oldest first. */
    public List<Relationship> relationshipsOf(String personId) {
        return read(() -> {
            Optional<Person> person = findPersonLocked(IdType.ID, personId);
            return person.map(found -> relationships.values().stream()
                    .filter(relationship -> relationship.personCioId().equals(found.cioId()))
                    .toList()).orElse(List.of());
        });
    }

    Page<Relationship> relationshipsOfPerson(Person person, Cursor after, int limit) {
        return read(() -> {
            Iterator<Map.Entry<Long, Relationship>> matches = relationshipsAfter(after).entrySet().stream()
                    .filter(entry -> entry.getValue().personCioId().equals(person.cioId()))
                    .iterator();
            return Cursor.page(matches, limit, entry -> Cursor.at(entry.getKey())).map(Map.Entry::getValue);
        });
    }

    Page<Person> peopleRelatedTo(CustomerObject object, Cursor after, int limit) {
        return read(() -> {
            Iterator<Map.Entry<Long, Relationship>> matches = relationshipsAfter(after).entrySet().stream()
                    .filter(entry -> entry.getValue().objectTypeId() == object.objectTypeId()
                            && entry.getValue().objectId().equals(object.objectId()))
                    .iterator();
            return Cursor.page(matches, limit, entry -> Cursor.at(entry.getKey()))
                    .map(entry -> findPersonLocked(IdType.CIO_ID, entry.getValue().personCioId()).orElseThrow());
        });
    }

    private NavigableMap<Long, Relationship> relationshipsAfter(Cursor after) {
        return after == null ? relationships : relationships.tailMap(after.position(), false);
    }


    /** Adds an activity to a person's log (newest first); a timestamp of 0 means now. */
    public Activity addActivity(String personId, Activity activity) {
        return write(() -> {
            Person person = anyPersonLocked(personId);
            long sequence = ++lastTimelineSequence;
            long timestamp = activity.timestamp() > 0 ? activity.timestamp() : now();
            Activity stored = activity.at(timestamp)
                    .withId(activity.id() != null ? activity.id() : Identifiers.activityId(timestamp, sequence));
            activitiesByCioId.computeIfAbsent(person.cioId(), key -> new Timeline<>()).add(stored, timestamp, sequence);
            return stored;
        });
    }

    /** A person's activities, newest first. */
    public List<Activity> activitiesOf(String personId) {
        return read(() -> findPersonLocked(IdType.ID, personId)
                .map(person -> activitiesByCioId.getOrDefault(person.cioId(), new Timeline<>()).items())
                .orElse(List.of()));
    }

    Page<Activity> activitiesPage(Person person, Predicate<Activity> filter, Cursor after, int limit) {
        return read(() -> activitiesByCioId.getOrDefault(person.cioId(), new Timeline<>()).page(after, limit, filter));
    }

    /** Adds a message sent to a person (newest first); missing id, created time and recipient are filled in. */
    public Message addMessage(String personId, Message message) {
        return write(() -> {
            Person person = anyPersonLocked(personId);
            long sequence = ++lastTimelineSequence;
            long created = message.created() > 0 ? message.created() : now();
            String id = message.id() != null ? message.id() : Identifiers.messageId(created, sequence);
            String deduplicateId = message.deduplicateId() != null ? message.deduplicateId()
                    : Identifiers.messageDeduplicateId(id, created);
            String recipient = message.recipient() != null ? message.recipient()
                    : person.email() != null ? person.email() : "";
            Message stored = message.at(created).withId(id, deduplicateId).withRecipient(recipient);
            messagesByCioId.computeIfAbsent(person.cioId(), key -> new Timeline<>()).add(stored, created, sequence);
            return stored;
        });
    }

    /** A person's messages, newest first. */
    public List<Message> messagesOf(String personId) {
        return read(() -> findPersonLocked(IdType.ID, personId)
                .map(person -> messagesByCioId.getOrDefault(person.cioId(), new Timeline<>()).items())
                .orElse(List.of()));
    }

    Page<Message> messagesPage(Person person, Predicate<Message> filter, Cursor after, int limit) {
        return read(() -> messagesByCioId.getOrDefault(person.cioId(), new Timeline<>()).page(after, limit, filter));
    }


    public Channel putChannel(Channel channel) {
        return write(() -> {
            channels.put(channel.id(), channel);
            return channel;
        });
    }

    public boolean removeChannel(int channelId) {
        return write(() -> channels.remove(channelId) != null);
    }

    public List<Channel> channels() {
        return read(() -> List.copyOf(channels.values()));
    }

    public Topic putTopic(Topic topic) {
        return write(() -> {
            topics.put(topic.id(), topic);
            return topic;
        });
    }

    public boolean removeTopic(int topicId) {
        return write(() -> topics.remove(topicId) != null);
    }

    public List<Topic> topics() {
        return read(() -> List.copyOf(topics.values()));
    }

    /** Sets the subscription centre's title and subtitle in one language. */
    public void setPreferencesHeader(String language, PreferencesHeader header) {
        write(() -> preferencesHeaders.put(language.toLowerCase(Locale.ROOT), Objects.requireNonNull(header)));
    }

    /** The headers by lower-case language tag. */
    public Map<String, PreferencesHeader> preferencesHeaders() {
        return read(() -> Map.copyOf(preferencesHeaders));
    }

    /** The language used when a request asks for none, or for one the workspace has no text in. */
    public void setDefaultLanguage(String language) {
        write(() -> defaultLanguage = language.toLowerCase(Locale.ROOT));
    }

    public String defaultLanguage() {
        return read(() -> defaultLanguage);
    }


    /** A one-line description of the contents, for logs and the command line. */
    public String describe() {
        return read(() -> {
            StringBuilder text = new StringBuilder()
                    .append(peopleBySequence.size()).append(" people, ")
                    .append(segments.size()).append(" segments, ")
                    .append(objectTypes.size()).append(" object types, ")
                    .append(objectsByType.values().stream().mapToInt(Map::size).sum()).append(" objects, ")
                    .append(relationships.size()).append(" relationships, ")
                    .append(channels.size()).append(" channels, ")
                    .append(topics.size()).append(" topics");
            syntheticSegments.forEach((id, synthetic) -> text.append("; synthetic segment ").append(id)
                    .append(" with ").append(synthetic.memberCount()).append(" members"));
            return text.toString();
        });
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
}
