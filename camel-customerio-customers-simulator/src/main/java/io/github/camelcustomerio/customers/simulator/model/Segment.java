package io.github.camelcustomerio.customers.simulator.model;

import java.util.List;
import java.util.Objects;

import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;

/**
 * A segment's definition. Manual segments keep their members in the workspace; dynamic segments compute
 * them live from {@link #filter()}. Synthetic segments (see the workspace's {@code addSyntheticSegment}) are
 * dynamic segments without a filter whose members are computed from their index.
 *
 * @param id          segment id
 * @param name        name
 * @param description description, {@code ""} when none
 * @param type        manual or dynamic
 * @param state       build state: {@code events}, {@code build}, {@code events_queued}, {@code build_queued} or {@code finished}
 * @param progress    build percentage while building, otherwise {@code null}
 * @param tags        tags, or {@code null}
 * @param createdAt   unix seconds
 * @param updatedAt   unix seconds; also the second half of {@link #deduplicateId()}
 * @param filter      the people filter of a dynamic segment, {@code null} otherwise
 * @param usedBy      campaigns and newsletters that use the segment
 */
public record Segment(
        int id,
        String name,
        String description,
        SegmentType type,
        String state,
        Integer progress,
        List<String> tags,
        long createdAt,
        long updatedAt,
        PeopleFilter filter,
        SegmentUsage usedBy) {

    private static final List<String> STATES = List.of("events", "build", "events_queued", "build_queued", "finished");

    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        state = state == null ? "finished" : state;
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("segment state must be one of " + STATES + ", not " + state);
        }
        tags = tags == null ? null : List.copyOf(tags);
        usedBy = usedBy == null ? SegmentUsage.NONE : usedBy;
        if (type == SegmentType.MANUAL && filter != null) {
            throw new IllegalArgumentException("a manual segment has no filter");
        }
    }

    public static Builder builder(int id, String name) {
        return new Builder(id, name);
    }

    /** {@code "<id>:<updated_at>"}, the form the App API answers. */
    public String deduplicateId() {
        return id + ":" + updatedAt;
    }

    public Segment withUpdatedAt(long unixSeconds) {
        return new Segment(id, name, description, type, state, progress, tags, createdAt, unixSeconds, filter, usedBy);
    }

    public Segment withUsedBy(SegmentUsage usage) {
        return new Segment(id, name, description, type, state, progress, tags, createdAt, updatedAt, filter, usage);
    }

    /** Builds a {@link Segment}: manual unless {@link #dynamic(PeopleFilter)} is called; timestamps 0 mean "now". */
    public static final class Builder {
        private final int id;
        private final String name;
        private String description = "";
        private SegmentType type = SegmentType.MANUAL;
        private String state = "finished";
        private Integer progress;
        private List<String> tags;
        private long createdAt;
        private long updatedAt;
        private PeopleFilter filter;
        private SegmentUsage usedBy = SegmentUsage.NONE;

        private Builder(int id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder dynamic(PeopleFilter filter) {
            this.type = SegmentType.DYNAMIC;
            this.filter = filter;
            return this;
        }

        public Builder type(SegmentType type) {
            this.type = type;
            return this;
        }

        public Builder state(String state, Integer progress) {
            this.state = state;
            this.progress = progress;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder createdAt(long unixSeconds) {
            this.createdAt = unixSeconds;
            return this;
        }

        public Builder updatedAt(long unixSeconds) {
            this.updatedAt = unixSeconds;
            return this;
        }

        public Builder usedBy(SegmentUsage usedBy) {
            this.usedBy = usedBy;
            return this;
        }

        public Segment build() {
            return new Segment(
                    id, name, description, type, state, progress, tags, createdAt, updatedAt, filter, usedBy);
        }
    }
}
