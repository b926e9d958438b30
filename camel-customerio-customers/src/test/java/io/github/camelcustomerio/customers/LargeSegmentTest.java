package io.github.camelcustomerio.customers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million-member segment streamed through a route, and diffed between two walks, in a JVM whose heap is capped at
 * 128 MB (this class runs in its own Surefire execution with -Xmx128m): every member exactly once, in order.
 */
class LargeSegmentTest extends ConsumerTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(LargeSegmentTest.class);

    static final int SEGMENT = 900;
    static final int MEMBERS = 1_000_000;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, MEMBERS, 42));
    }

    @BeforeEach
    void runsWithASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test runs with -Xmx128m")
                .isLessThanOrEqualTo(128L * 1024 * 1024);
    }

    @Test
    void aMillionMembersStreamOnceInOrderInConstantMemory() throws Exception {
        AtomicLong expected = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=30000&startScheduler=false")
                        .routeId("all")
                        .process(exchange -> {
                            String id = (String) item(exchange).get("id");
                            if (!id.equals(String.format("synth-%d-%010d", SEGMENT, expected.getAndIncrement()))) {
                                outOfOrder.incrementAndGet();
                            }
                        });
            }
        });

        poll("all");

        assertThat(expected.get()).isEqualTo(MEMBERS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(requests()).hasSize(MEMBERS / 30000 + 1);
        assertThat(peakHeapAfterLastGc())
                .as("old generation after GC stays small")
                .isLessThan(96L * 1024 * 1024);
    }

    @Test
    void aMillionMemberSegmentIsDiffedBetweenWalks() throws Exception {
        AtomicLong joined = new AtomicLong();
        AtomicLong left = new AtomicLong();
        StringBuilder changes = new StringBuilder();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=30000&mode=changes&startScheduler=false")
                        .routeId("changes")
                        .process(exchange -> {
                            String change =
                                    exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE, String.class);
                            (change.equals("joined") ? joined : left).incrementAndGet();
                            if (changes.length() < 2000) {
                                changes.append(change)
                                        .append(' ')
                                        .append(item(exchange).get("id"))
                                        .append('\n');
                            }
                        });
            }
        });

        poll("changes");
        assertThat(joined.get() + left.get())
                .as("the first walk records the baseline")
                .isZero();

        workspace().removeSyntheticMembers(SEGMENT, 0, 500_000, 999_999);
        workspace().growSyntheticSegment(SEGMENT, MEMBERS + 2);
        poll("changes");

        assertThat(changes.toString())
                .isEqualTo("joined synth-900-0001000000\njoined synth-900-0001000001\n"
                        + "left synth-900-0000000000\nleft synth-900-0000500000\nleft synth-900-0000999999\n");
    }

    @Test
    void aMillionMemberChangesWalkStoresItsStateInBoundedWrites() throws Exception {
        WriteSizes sizes = new WriteSizes();
        context.getRegistry().bind("sizes", sizes);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=30000&mode=changes&stateRepository=#sizes&startScheduler=false")
                        .routeId("baseline")
                        .to("mock:never");
            }
        });

        poll("baseline");

        LOG.info(
                "changes mode, {} members: {} state writes, {} bytes in all, largest {} bytes, head {} bytes",
                MEMBERS,
                sizes.writes,
                sizes.total,
                sizes.largest,
                sizes.head.length());
        assertThat(sizes.largest).as("the largest single write").isLessThan(100_000);
        assertThat(sizes.head).contains("\"count\":" + MEMBERS);
    }

    /** Measures what is written; keeps only the head entry (the chunks would not fit in this test's heap twice). */
    private static final class WriteSizes implements org.apache.camel.spi.StateRepository<String, String> {
        int writes;
        long total;
        int largest;
        String head = "";

        @Override
        public void setState(String key, String value) {
            writes++;
            total += value.length();
            largest = Math.max(largest, value.length());
            if (value.startsWith("{")) {
                head = value;
            }
        }

        @Override
        public String getState(String key) {
            return null;
        }

        @Override
        public void start() {}

        @Override
        public void stop() {}
    }

    /** The largest heap occupancy the collector left behind in any pool (what a leak would grow). */
    private static long peakHeapAfterLastGc() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                peak += pool.getCollectionUsage().getUsed();
            }
        }
        return peak;
    }
}
