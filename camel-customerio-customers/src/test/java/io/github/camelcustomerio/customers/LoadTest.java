package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcustomerio.customers.client.HttpTransport;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty routes calling at once through one component: no errors, the connection pool stays within its bound and
 * has nothing leased afterwards, and the JVM has no more threads than before (beyond the pool's fixed ones). The
 * full size (20 routes x 5,000 calls) runs in the benchmarks; here each route makes 250 calls.
 */
class LoadTest extends SimulatorTestSupport {

    static final int ROUTES = 20;
    static final int CALLS = 250;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo()).threads(32);
    }

    @Test
    void twentyConcurrentRoutesWithoutErrorsLeaksOrThreadGrowth() throws Exception {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger answers = new AtomicInteger();
        List<String> operations = List.of(
                "getSegment?segmentId=7",
                "getPersonAttributes?customerId=user-17",
                "getSegmentMembership?segmentId=7&limit=2",
                "getChannels?");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(exchange -> errors.incrementAndGet());
                for (int r = 0; r < ROUTES; r++) {
                    String call = operations.get(r % operations.size());
                    from("timer:load-" + r + "?repeatCount=" + CALLS + "&period=0&delay=-1")
                            .routeId("load-" + r)
                            .autoStartup(false)
                            .to("customerio-customers:" + call + (call.endsWith("?") ? "" : "&") + "maxRetries=0")
                            .process(exchange -> answers.incrementAndGet());
                }
            }
        });
        template.requestBody("customerio-customers:getChannels", (Object) null); // warm the pool and the component
        Set<String> threadsBefore = threadNames();

        for (int r = 0; r < ROUTES; r++) {
            context.getRouteController().startRoute("load-" + r);
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> answers.get() + errors.get() == ROUTES * CALLS);
        for (int r = 0; r < ROUTES; r++) {
            context.getRouteController().stopRoute("load-" + r);
        }

        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        HttpTransport transport = component.transport();
        PoolStats pool = transport.stats();
        assertThat(errors.get()).isZero();
        assertThat(answers.get()).isEqualTo(ROUTES * CALLS);
        assertThat(simulator.requestCount()).isEqualTo(ROUTES * CALLS + 1);
        assertThat(pool.getLeased()).as("connections still leased").isZero();
        assertThat(pool.getAvailable() + pool.getLeased())
                .as("connections open")
                .isLessThanOrEqualTo(component.getMaxConnections());
        Set<String> grown = threadNames();
        grown.removeAll(threadsBefore);
        grown.removeIf(name ->
                name.startsWith(SIMULATOR_THREADS) || name.contains("timer://load-") || name.endsWith("ShutdownTask"));
        assertThat(grown).as("threads the component started during the run").isEmpty();
        assertThat(threadNames())
                .filteredOn(name -> name.startsWith("customerio-customers"))
                .as("the component's own threads")
                .containsOnly("customerio-customers-call-deadlines");
    }

    /** The simulator serves requests from a pool that grows under load; its threads are not the component's. */
    static final String SIMULATOR_THREADS = "customerio-simulator";

    private static Set<String> threadNames() {
        Set<String> names = new TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(thread -> names.add(thread.getName()));
        return names;
    }
}
