package io.github.camelcustomerio.customers;

import java.util.Iterator;
import java.util.List;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long walks report their progress at INFO, no more often than progressLogInterval; short ones stay quiet. */
class ProgressLogTest extends ConsumerTestSupport {

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(900, 5_000, 3));
    }

    private List<String> progressLines(String logs) {
        return logs.lines().filter(line -> line.contains("ProgressLog INFO")).toList();
    }

    @Test
    void aConsumerWalkReportsItemsPagesAndRate() throws Exception {
        consume("walk", "customerio-customers:getSegmentMembership?segmentId=900&limit=1000&progressLogInterval=0");

        try (LogCapture logs = LogCapture.everythingAt(Level.INFO)) {
            poll("walk");

            List<String> lines = progressLines(logs.text());
            assertThat(lines).hasSize(6);
            assertThat(lines.get(0))
                    .matches(".*getSegmentMembership /v1/segments/900/membership: 1000 items in 1 pages so far,"
                            + " \\d+ items/s");
            assertThat(lines.get(4)).contains(": 5000 items in 5 pages so far");
            assertThat(lines.get(5)).matches(".*: done, 5000 items in 5 pages, \\d+ items/s");
        }
    }

    @Test
    void paginatedProducerWalksReportToo() {
        try (LogCapture logs = LogCapture.everythingAt(Level.INFO)) {
            Iterator<?> members = template.requestBody(
                    "customerio-customers:getSegmentMembership?segmentId=900&limit=2500"
                            + "&paginate=true&progressLogInterval=0",
                    null,
                    Iterator.class);
            members.forEachRemaining(member -> {});

            assertThat(progressLines(logs.text())).hasSize(3).last().asString().contains("done, 5000 items in 2 pages");
        }
    }

    @Test
    void aShortWalkStaysQuietWithTheDefaultInterval() throws Exception {
        consume("quiet", "customerio-customers:getSegmentMembership?segmentId=900&limit=1000");

        try (LogCapture logs = LogCapture.everythingAt(Level.INFO)) {
            poll("quiet");

            assertThat(progressLines(logs.text())).isEmpty();
        }
    }
}
