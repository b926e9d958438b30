package io.github.camelcustomerio.customers.example;

import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.CustomerIoCustomersConstants;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentUsage;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The segment housekeeping creates a manual segment, reads it back, and deletes it when nothing uses it. */
class SegmentHousekeepingTest extends ExampleTestSupport {

    private static final Map<String, String> SEGMENT = Map.of("name", "Spring cleaning", "description", "temporary");

    @Test
    void anUnusedSegmentIsCreatedCheckedAndDeleted() {
        List<Integer> before = segmentIds();

        int id = template.requestBody("direct:segment-housekeeping", SEGMENT, Integer.class);

        assertThat(before).doesNotContain(id);
        assertThat(workspace().segment(id)).as("deleted from the workspace").isEmpty();
        assertThat(segmentIds()).isEqualTo(before);
        assertThat(calls())
                .containsExactly(
                        "POST /v1/segments",
                        "GET /v1/segments/" + id,
                        "GET /v1/segments/" + id + "/used_by",
                        "DELETE /v1/segments/" + id);
        assertThat(printedLines())
                .containsSubsequence(
                        "created manual segment " + id + ": Spring cleaning",
                        "read back: Spring cleaning (manual, finished)",
                        "no campaign or newsletter uses it",
                        "deleted segment " + id);
    }

    @Test
    void aSegmentACampaignStartedUsingIsKept() throws Exception {
        // a campaign picks the new segment up between its creation and the check of its dependencies
        AdviceWith.adviceWith(
                context(),
                "segment-housekeeping",
                route -> route.weaveByToUri("customerio-customers:getSegment")
                        .after()
                        .process(exchange -> workspace()
                                .setSegmentUsage(
                                        exchange.getMessage()
                                                .getHeader(CustomerIoCustomersConstants.SEGMENT_ID, Integer.class),
                                        new SegmentUsage(List.of(12), List.of(), List.of()))));

        int id = template.requestBody("direct:segment-housekeeping", SEGMENT, Integer.class);

        assertThat(workspace().segment(id)).as("still in the workspace").isPresent();
        assertThat(calls()).doesNotContain("DELETE /v1/segments/" + id);
        assertThat(printedLines())
                .contains("kept segment " + id + ": used by campaigns [12], newsletters [] and drafts []");
    }

    private List<Integer> segmentIds() {
        return workspace().segments().stream().map(Segment::id).toList();
    }
}
