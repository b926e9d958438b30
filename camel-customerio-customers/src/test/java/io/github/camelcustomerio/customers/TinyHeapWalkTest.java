package io.github.camelcustomerio.customers;

import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.Map;
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
 * A million-member segment walked with default options (pages of 30,000) in a JVM whose heap is capped at 64 MB
 * (this class runs in its own Surefire execution with -Xmx64m): a page is held as its bytes and each member is built
 * only when the route takes it, so a page costs its 3.5 MB of JSON rather than 30,000 Maps.
 */
class TinyHeapWalkTest extends ConsumerTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(TinyHeapWalkTest.class);

    static final int SEGMENT = 900;
    static final int MEMBERS = 1_000_000;
    static final int PAGES = (MEMBERS + 29_999) / 30_000;
    /**
     * What the heap holds after a full collection half-way through the walk: Camel's, the simulator's (it shares this
     * JVM, idle while the route takes a page's members) and one page, about 30 MB in all. A page of 30,000 Maps, as
     * pages were held before, would add some 22 MB.
     */
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
        AtomicLong live = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT + "&startScheduler=false")
                        .routeId("all")
                        .process(exchange -> {
                            String id = (String) item(exchange).get("id");
                            long index = expected.getAndIncrement();
                            if (!id.equals(String.format("synth-%d-%010d", SEGMENT, index))) {
                                outOfOrder.incrementAndGet();
                            }
                            if (index == MEMBERS / 2) {
                                live.set(liveHeap());
                            }
                        });
            }
        });

        poll("all");

        assertThat(expected.get()).isEqualTo(MEMBERS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(requests()).hasSize(PAGES);
        LOG.info("default consumer walk of {} members: live heap half-way {} MB", MEMBERS, mb(live.get()));
        assertThat(live.get()).as("live heap half-way").isBetween(1L, LIVE_HEAP_BOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDefaultPaginatedCallWalksAMillionMembersInsideSixtyFourMegabytes() {
        long live = 0;
        Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?paginate=true&segmentId=" + SEGMENT, null, Iterator.class);
        long count = 0;
        long outOfOrder = 0;
        while (members.hasNext()) {
            if (!members.next().get("id").equals(String.format("synth-%d-%010d", SEGMENT, count))) {
                outOfOrder++;
            }
            if (count++ == MEMBERS / 2) {
                live = liveHeap();
            }
        }

        assertThat(count).isEqualTo(MEMBERS);
        assertThat(outOfOrder).isZero();
        assertThat(requests()).hasSize(PAGES);
        LOG.info("default paginate walk of {} members: live heap half-way {} MB", MEMBERS, mb(live));
        assertThat(live).as("live heap half-way").isBetween(1L, LIVE_HEAP_BOUND);
    }

    /** A full collection, then the heap in use: what the walk holds at this point. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
