package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolStats;

/**
 * Twenty routes calling at once through one component, 5,000 calls each, against the simulator (its rate limit off,
 * the component's {@code rateLimit=0}): errors, wall time, calls per second, the connection pool afterwards, and the
 * threads before and after. The same calls from 20 bare Apache HttpClient 5 threads sharing a pool of the same size
 * give the baseline.
 */
public final class LoadRun {

    /** The calls the routes make, in turn: a segment, a person, a membership page and the channels. */
    private static final List<String> CALLS = List.of(
            "getSegment?segmentId=7",
            "getPersonAttributes?customerId=user-17",
            "getSegmentMembership?segmentId=7&limit=2",
            "getChannels?");

    private static final List<String> PATHS = List.of(
            "/v1/segments/7",
            "/v1/customers/user-17/attributes",
            "/v1/segments/7/membership?limit=2",
            "/v1/subscription_channels");
    /** The simulator's own worker threads: the server's, not the client's. */
    private static final String SIMULATOR_THREADS = "customerio-simulator";

    /**
     * @param errors          calls that failed
     * @param calls           calls answered
     * @param seconds         wall time of the measured run
     * @param leased          connections still leased afterwards
     * @param open            connections open afterwards (leased and available)
     * @param maxConnections  the pool's bound
     * @param threadsBefore   threads before the run (after warm-up), simulator's excluded
     * @param threadsAfter    threads after the routes stopped, simulator's excluded
     * @param baselineSeconds wall time of the same calls from bare Apache HttpClient 5 threads
     * @param baselineErrors  calls that failed in the baseline
     */
    public record Result(
            int errors,
            int calls,
            double seconds,
            int leased,
            int open,
            int maxConnections,
            int threadsBefore,
            int threadsAfter,
            double baselineSeconds,
            int baselineErrors) {

        public double callsPerSecond() {
            return calls / seconds;
        }

        public double baselineCallsPerSecond() {
            return calls / baselineSeconds;
        }
    }

    private LoadRun() {}

    public static Result run(int routes, int callsPerRoute) throws Exception {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(0)
                .threads(32)
                .requestLogSize(0)
                .build()
                .start()) {
            Component component = component(simulator, routes, callsPerRoute);
            Baseline baseline = baseline(simulator, routes, callsPerRoute);
            return new Result(
                    component.errors,
                    routes * callsPerRoute - component.errors,
                    component.seconds,
                    component.pool.getLeased(),
                    component.pool.getLeased() + component.pool.getAvailable(),
                    component.maxConnections,
                    component.threadsBefore,
                    component.threadsAfter,
                    baseline.seconds,
                    baseline.errors);
        }
    }

    private record Component(
            int errors, double seconds, PoolStats pool, int maxConnections, int threadsBefore, int threadsAfter) {}

    private static Component component(CustomerIoSimulator simulator, int routes, int callsPerRoute) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CustomerIoCustomersComponent component =
                    context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
            component.getConfiguration().setApiKey(simulator.apiKey());
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.getConfiguration().setRateLimit(0);
            AtomicInteger errors = new AtomicInteger();
            CountDownLatch warm = new CountDownLatch(routes * Math.max(1, callsPerRoute / 20));
            CountDownLatch done = new CountDownLatch(routes * callsPerRoute);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(exchange -> {
                        errors.incrementAndGet();
                        exchange.getProperty("done", CountDownLatch.class).countDown();
                    });
                    for (String phase : new String[] {"warm", "load"}) {
                        CountDownLatch latch = phase.equals("warm") ? warm : done;
                        long count = latch.getCount() / routes;
                        for (int r = 0; r < routes; r++) {
                            String call = CALLS.get(r % CALLS.size());
                            from("timer:" + phase + "-" + r + "?repeatCount=" + count + "&period=0&delay=-1")
                                    .routeId(phase + "-" + r)
                                    .autoStartup(false)
                                    .setProperty("done", constant(latch))
                                    .to("customerio-customers:" + call + (call.endsWith("?") ? "" : "&")
                                            + "maxRetries=0")
                                    .process(exchange -> latch.countDown());
                        }
                    }
                }
            });
            context.start();
            runRoutes(context, "warm", routes, warm);
            Set<String> namesBefore = clientThreadNames();
            int threadsBefore = namesBefore.size();

            long started = System.nanoTime();
            runRoutes(context, "load", routes, done);
            double seconds = (System.nanoTime() - started) / 1e9;

            PoolStats pool = component.connectionPoolStats();
            Set<String> namesAfter = clientThreadNames();
            int threadsAfter = namesAfter.size();
            namesAfter.removeAll(namesBefore);
            namesBefore.removeAll(clientThreadNames());
            if (!namesAfter.isEmpty() || !namesBefore.isEmpty()) {
                System.out.println("  threads started during the run: " + namesAfter + "; ended: " + namesBefore);
            }
            return new Component(
                    errors.get(), seconds, pool, component.getMaxConnections(), threadsBefore, threadsAfter);
        }
    }

    private static void runRoutes(CamelContext context, String phase, int routes, CountDownLatch done)
            throws Exception {
        for (int r = 0; r < routes; r++) {
            context.getRouteController().startRoute(phase + "-" + r);
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException(phase + " did not finish: " + done.getCount() + " calls left");
        }
        for (int r = 0; r < routes; r++) {
            context.getRouteController().stopRoute(phase + "-" + r);
        }
        // a stopped route's timer thread (Camel's timer component) ends a moment later: the threads counted next are
        // to be the ones that stay
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("timer://" + phase + "-")) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
    }

    /** Live threads (name and id), the simulator's workers excluded. */
    private static Set<String> clientThreadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.getName().startsWith(SIMULATOR_THREADS))
                .map(thread -> thread.getName() + "#" + thread.getId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Baseline(int errors, double seconds) {}

    private static Baseline baseline(CustomerIoSimulator simulator, int routes, int callsPerRoute) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(20)
                        .setMaxConnPerRoute(20)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .build()) {
            calls(client, mapper, simulator, routes, Math.max(1, callsPerRoute / 20));
            long started = System.nanoTime();
            int errors = calls(client, mapper, simulator, routes, callsPerRoute);
            return new Baseline(errors, (System.nanoTime() - started) / 1e9);
        }
    }

    private static int calls(
            CloseableHttpClient client,
            ObjectMapper mapper,
            CustomerIoSimulator simulator,
            int threads,
            int callsPerThread)
            throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String url = simulator.baseUrl() + PATHS.get(t % PATHS.size());
            Thread worker = new Thread(
                    () -> {
                        for (int i = 0; i < callsPerThread; i++) {
                            HttpGet get = new HttpGet(url);
                            get.setHeader("Authorization", "Bearer " + simulator.apiKey());
                            get.setHeader("Accept", "application/json");
                            try {
                                client.execute(get, response -> {
                                    if (response.getCode() != 200) {
                                        throw new IOException("HTTP " + response.getCode());
                                    }
                                    return mapper.readValue(response.getEntity().getContent(), Map.class);
                                });
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                        }
                    },
                    "bare-load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return errors.get();
    }
}
