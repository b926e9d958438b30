package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentType;
import io.github.camelcustomerio.customers.simulator.model.SegmentUsage;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The segments and who belongs to them: manual segments keep their members (as people's sequence numbers, so
 * that members list in the order people were first stored), dynamic segments evaluate their filter against the
 * stored people, and synthetic segments compute members from an index.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class SegmentStore {

    private static final int MAX_SEGMENT_NESTING = 16;

    private final PeopleStore people;
    private int lastSegmentId;
    private final NavigableMap<Integer, Segment> segments = new TreeMap<>();
    private final Map<Integer, NavigableSet<Long>> manualMembers = new HashMap<>();
    private final Map<Integer, SyntheticSegment> syntheticSegments = new TreeMap<>();

    SegmentStore(PeopleStore people) {
        this.people = people;
    }

    /** Adds or replaces a segment definition; see {@link Workspace#putSegment}. */
    Segment put(Segment segment, long now) {
        Segment previous = segments.get(segment.id());
        long createdAt = segment.createdAt() > 0 ? segment.createdAt() : previous != null ? previous.createdAt() : now;
        long updatedAt = segment.updatedAt() > 0 ? segment.updatedAt() : previous != null ? now : createdAt;
        Segment stored = new Segment(
                segment.id(),
                segment.name(),
                segment.description(),
                segment.type(),
                segment.state(),
                segment.progress(),
                segment.tags(),
                createdAt,
                updatedAt,
                segment.filter(),
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

    /** The id {@code POST /v1/segments} gives the next segment: one more than the highest ever used. */
    int nextId() {
        return lastSegmentId + 1;
    }

    boolean delete(int segmentId) {
        manualMembers.remove(segmentId);
        syntheticSegments.remove(segmentId);
        return segments.remove(segmentId) != null;
    }

    Optional<Segment> get(int segmentId) {
        return Optional.ofNullable(segments.get(segmentId));
    }

    List<Segment> all() {
        return List.copyOf(segments.values());
    }

    int size() {
        return segments.size();
    }

    Segment setUsage(int segmentId, SegmentUsage usage) {
        Segment changed = require(segmentId).withUsedBy(usage);
        segments.put(segmentId, changed);
        return changed;
    }

    /** Adds a stored person to, or takes them out of, a manual segment. */
    void changeManualMembership(int segmentId, String personId, boolean member, long now) {
        Segment segment = require(segmentId);
        if (segment.type() != SegmentType.MANUAL) {
            throw new IllegalArgumentException("segment " + segmentId + " is not a manual segment");
        }
        Long sequence = people.sequenceOf(people.requireStored(personId).cioId());
        if (member) {
            manualMembers.get(segmentId).add(sequence);
        } else {
            manualMembers.get(segmentId).remove(sequence);
        }
        segments.put(segmentId, segment.withUpdatedAt(now));
    }

    /** Takes a deleted person out of every manual segment. */
    void forgetMember(long personSequence) {
        manualMembers.values().forEach(members -> members.remove(personSequence));
    }

    boolean isMember(int segmentId, Person person) {
        Segment segment = segments.get(segmentId);
        return segment != null && isMember(segment, person, 0);
    }

    List<Segment> segmentsOf(Person person) {
        return segments.values().stream()
                .filter(segment -> isMember(segment, person, 0))
                .toList();
    }

    OptionalLong countMembers(int segmentId) {
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
        return OptionalLong.of(people.count(person -> isMember(segment, person, 0)));
    }

    /** One page of a segment's members in a stable order, or empty when the segment does not exist. */
    Optional<Page<Person>> membersPage(int segmentId, Cursor after, int limit) {
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
            return Optional.of(Cursor.page(sequences, limit, Cursor::at).map(people::bySequence));
        }
        return Optional.of(people.page(person -> isMember(segment, person, 0), after, limit));
    }

    /** How a people search answers {@code segment} conditions. */
    PeopleFilter.SegmentMembership membership() {
        return membershipAtDepth(1);
    }

    Segment addSynthetic(int segmentId, long members, long seed, long now) {
        Segment segment = put(
                Segment.builder(segmentId, "Synthetic segment " + segmentId)
                        .description("Generated members for load tests")
                        .type(SegmentType.DYNAMIC)
                        .build(),
                now);
        syntheticSegments.put(segmentId, new SyntheticSegment(new SyntheticPeople(segmentId, seed), members));
        return segment;
    }

    void removeSyntheticMembers(int segmentId, long[] indexes, long now) {
        requireSynthetic(segmentId).remove(indexes);
        segments.put(segmentId, segments.get(segmentId).withUpdatedAt(now));
    }

    void growSynthetic(int segmentId, long newSize, long now) {
        requireSynthetic(segmentId).grow(newSize);
        segments.put(segmentId, segments.get(segmentId).withUpdatedAt(now));
    }

    /** The synthetic person with this index, whether or not still a member. */
    Person syntheticPerson(int segmentId, long index) {
        SyntheticSegment segment = requireSynthetic(segmentId);
        if (!segment.exists(index)) {
            throw new IllegalArgumentException("synthetic segment " + segmentId + " has no member " + index);
        }
        return segment.people().person(index);
    }

    /** Looks a synthetic person up the way {@code id_type} does; synthetic people have no phone. */
    Optional<Person> findSynthetic(IdType idType, String value) {
        return switch (idType) {
            case ID -> synthetic(people -> people.indexOfId(value));
            case EMAIL -> synthetic(people -> people.indexOfEmail(PeopleStore.normalizedEmail(value)));
            case PHONE -> Optional.empty();
            case CIO_ID -> synthetic(people -> people.indexOfCioId(value));
        };
    }

    /** "; synthetic segment 900 with 1000 members" for each synthetic segment. */
    String describeSynthetic() {
        StringBuilder text = new StringBuilder();
        syntheticSegments.forEach((id, synthetic) -> text.append("; synthetic segment ")
                .append(id)
                .append(" with ")
                .append(synthetic.memberCount())
                .append(" members"));
        return text.toString();
    }

    private Optional<Person> synthetic(Function<SyntheticPeople, OptionalLong> indexOf) {
        for (SyntheticSegment segment : syntheticSegments.values()) {
            OptionalLong index = indexOf.apply(segment.people());
            if (index.isPresent() && segment.exists(index.getAsLong())) {
                return Optional.of(segment.people().person(index.getAsLong()));
            }
        }
        return Optional.empty();
    }

    private Segment require(int segmentId) {
        Segment segment = segments.get(segmentId);
        if (segment == null) {
            throw new IllegalArgumentException("no segment " + segmentId);
        }
        return segment;
    }

    private SyntheticSegment requireSynthetic(int segmentId) {
        SyntheticSegment segment = syntheticSegments.get(segmentId);
        if (segment == null) {
            throw new IllegalArgumentException("segment " + segmentId + " is not a synthetic segment");
        }
        return segment;
    }

    private boolean isMember(Segment segment, Person person, int depth) {
        if (depth > MAX_SEGMENT_NESTING) {
            return false;
        }
        SyntheticSegment synthetic = syntheticSegments.get(segment.id());
        if (synthetic != null) {
            if (person.id() == null || people.isStored(person)) {
                return false;
            }
            OptionalLong index = synthetic.people().indexOfId(person.id());
            return index.isPresent() && synthetic.isMember(index.getAsLong());
        }
        if (segment.type() == SegmentType.MANUAL) {
            Long sequence = people.sequenceOf(person.cioId());
            return sequence != null && manualMembers.get(segment.id()).contains(sequence);
        }
        return segment.filter() != null
                && people.isStored(person)
                && segment.filter().matches(person, membershipAtDepth(depth + 1));
    }

    // A dynamic segment may refer to another, possibly in a cycle; the depth bound makes a cycle "no match".
    private PeopleFilter.SegmentMembership membershipAtDepth(int depth) {
        return (segmentId, person) -> {
            Segment referenced = segments.get(segmentId);
            return referenced != null && isMember(referenced, person, depth);
        };
    }
}
