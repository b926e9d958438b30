package io.github.camelcustomerio.customers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million-member segment walked with default options (pages of 30,000) in a JVM whose heap is capped at 64 MB
 * (this class runs in its own Surefire execution with -Xmx64m): a page is held as its bytes and each member is built
 * only when the route takes it, so a page costs its 3.5 MB of JSON rather than 30,000 Maps.
 */
class TinyHeapWalkTest extends ConsumerTestSupport {

    static final int SEGMENT = 900;
    static final int MEMBERS = 1_000_000;
    static final int PAGES = (MEMBERS + 29_999) / 30_000;
    /** What the heap holds after a collection during the walk: the simulator's and Camel's own, and one page. */
    static final long LIVE_HEAP_BOUND = 40L * 1024 * 1024;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, MEMBERS, 42));
    }

    @BeforeEach
    void runsWithATinyHeap() {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test runs with -Xmx64m")
                .isLessThanOrEqualTo(64L * 1024 * 1024);
    }

    @Test
    void aDefaultConsumerWalksAMillionMembersInsideSixtyFourMegabytes() throws Exception {
        AtomicLong expected = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT + "&startScheduler=false")
                        .routeId("all")
                        .process(exchange -> {
                            String id = (String) item(exchange).get("id");
                            if (!id.equals(String.format("synth-%d-%010d", SEGMENT, expected.getAndIncrement()))) {
                                outOfOrder.incrementAndGet();
                            }
                        });
            }
        });
        resetPeaks();

        poll("all");

        assertThat(expected.get()).isEqualTo(MEMBERS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(requests()).hasSize(PAGES);
        long live = liveHeapAfterGc();
        System.out.printf("default consumer walk of %d members: live heap after GC %.1f MB%n", MEMBERS, live / 1e6);
        assertThat(live).as("live heap after GC").isLessThan(LIVE_HEAP_BOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDefaultPaginatedCallWalksAMillionMembersInsideSixtyFourMegabytes() {
        resetPeaks();
        Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?paginate=true&segmentId=" + SEGMENT, null, Iterator.class);
        long count = 0;
        long outOfOrder = 0;
        while (members.hasNext()) {
            if (!members.next().get("id").equals(String.format("synth-%d-%010d", SEGMENT, count++))) {
                outOfOrder++;
            }
        }

        assertThat(count).isEqualTo(MEMBERS);
        assertThat(outOfOrder).isZero();
        assertThat(requests()).hasSize(PAGES);
        long live = liveHeapAfterGc();
        System.out.printf("default paginate walk of %d members: live heap after GC %.1f MB%n", MEMBERS, live / 1e6);
        assertThat(live).as("live heap after GC").isLessThan(LIVE_HEAP_BOUND);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap occupancy the collector left behind after its last collection, summed over the heap's pools. */
    private static long liveHeapAfterGc() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }
}
