package io.github.camelcustomerio.customers.simulator.model;

/** Whether a segment's members are listed explicitly or computed from a people filter. */
public enum SegmentType {
    MANUAL("manual"),
    DYNAMIC("dynamic");

    private final String wireName;

    SegmentType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
