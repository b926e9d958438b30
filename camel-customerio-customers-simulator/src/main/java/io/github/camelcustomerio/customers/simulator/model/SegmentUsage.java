package io.github.camelcustomerio.customers.simulator.model;

import java.util.List;

/**
 * What uses a segment, as answered by {@code GET /v1/segments/{id}/used_by}.
 *
 * @param campaigns         ids of campaigns (automations)
 * @param sentNewsletters   ids of newsletters already sent
 * @param draftNewsletters  ids of draft newsletters
 */
public record SegmentUsage(List<Integer> campaigns, List<Integer> sentNewsletters, List<Integer> draftNewsletters) {

    public static final SegmentUsage NONE = new SegmentUsage(List.of(), List.of(), List.of());

    public SegmentUsage {
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        sentNewsletters = sentNewsletters == null ? List.of() : List.copyOf(sentNewsletters);
        draftNewsletters = draftNewsletters == null ? List.of() : List.copyOf(draftNewsletters);
    }
}
