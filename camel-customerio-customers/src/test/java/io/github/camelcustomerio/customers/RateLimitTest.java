package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoRateLimitException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit holds for the whole workspace, never lets a one-second window exceed it, serves threads fairly,
 * and keeps a long walk just under the service's own limit without a 429 reaching the route.
 */
class RateLimitTest extends SimulatorTestSupport {

    private WireMockServer timestamps;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder()
                .dataset(Dataset.synthetic(900, 10_000, 7))
                .rateLimit(10);
    }

    @BeforeEach
    void startTimestampingServer() {
        timestamps = new WireMockServer(options().dynamicPort());
        timestamps.start();
        timestamps.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment\":{\"id\":7}}")));
    }

    @AfterEach
    void stopTimestampingServer() {
        timestamps.stop();
    }

    /** The arrival times (ms) of the requests the timestamping server received, sorted. */
    private List<Long> arrivals() {
        List<Long> times = new ArrayList<>();
        timestamps
                .getAllServeEvents()
                .forEach(event -> times.add(event.getRequest().getLoggedDate().getTime()));
        Collections.sort(times);
        return times;
    }

    private String limited(String operationAndOptions, int rate) {
        return "customerio-customers:" + operationAndOptions + "&rateLimit=" + rate + "&baseUrl="
                + timestamps.baseUrl();
    }

    @Test
    void endpointsOfOneWorkspaceShareTheLimitAndNoSecondHoldsMore() throws Exception {
        List<String> uris = List.of(
                limited("getSegment?segmentId=7", 20),
                limited("getSegmentCount?segmentId=7", 20),
                limited("getSegmentDependencies?segmentId=7", 20),
                limited("getSegment?segmentId=8", 20));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            String uri = uris.get(i % uris.size());
            calls.add(threads.submit(
                    () -> assertThat(template.send(uri, e -> {}).getException()).isNull()));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<Long> arrivals = arrivals();
        assertThat(arrivals).hasSize(61);
        double seconds = (arrivals.get(60) - arrivals.get(0)) / 1000.0;
        assertThat(60 / seconds).as("sustained requests per second").isBetween(19.0, 21.0);
        for (int i = 0; i < arrivals.size(); i++) {
            long start = arrivals.get(i);
            long inWindow = arrivals.stream()
                    .filter(t -> t >= start && t < start + 1000)
                    .count();
            assertThat(inWindow)
                    .as("requests in the second from %d ms", start - arrivals.get(0))
                    .isLessThanOrEqualTo(20);
        }
    }

    @Test
    void threadsAreServedInTurn() throws Exception {
        String uri = limited("getSegment?segmentId=7", 25);
        Map<Integer, List<Long>> done = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            int thread = t;
            workers.add(threads.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    template.send(uri, e -> {});
                    done.computeIfAbsent(thread, key -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime());
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<Long> finishes = done.values().stream()
                .map(times -> Collections.max(times))
                .sorted()
                .toList();
        long spreadMillis = TimeUnit.NANOSECONDS.toMillis(finishes.get(4) - finishes.get(0));
        assertThat(spreadMillis)
                .as("the 5 threads finish their 8 calls within a few slots of each other")
                .isLessThan(5 * 40 + 100);
    }

    @Test
    void aCallThatCannotGetASlotInTimeFailsClearly() {
        String uri = limited("getSegment?segmentId=7", 1) + "&rateLimitMaxWait=200";
        assertThat(template.send(uri, e -> {}).getException()).isNull();

        Exchange second = template.send(uri, e -> {});

        assertThat(second.getException())
                .isInstanceOf(CustomerIoRateLimitException.class)
                .hasMessageStartingWith("getSegment found no request slot under the rate limit of 1 requests per second"
                        + " within 200 ms");
        assertThat(arrivals()).hasSize(1);
    }

    @Test
    void a429MakesEveryCallerOfTheWorkspaceWait() throws Exception {
        timestamps.resetAll();
        timestamps.stubFor(any(anyUrl())
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"detail\":\"rate limited\",\"status\":\"429\"}]}"))
                .willSetStateTo("open"));
        timestamps.stubFor(any(anyUrl())
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment\":{\"id\":7}}")));

        assertThat(template.send(limited("getSegment?segmentId=7", 50) + "&maxRetries=0", e -> {})
                        .getException())
                .isInstanceOf(CustomerIoApiException.class);
        long afterLimit = System.nanoTime();
        assertThat(template.send(limited("getSegmentCount?segmentId=7", 50), e -> {})
                        .getException())
                .isNull();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterLimit))
                .as("the other endpoint waited out the Retry-After")
                .isGreaterThanOrEqualTo(950);
    }

    @Test
    void aLongWalkKeepsJustUnderTheServiceLimitWithoutA429() {
        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        java.util.Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?segmentId=900&limit=200&paginate=true&rateLimit=10",
                null,
                java.util.Iterator.class);
        int count = 0;
        while (members.hasNext()) {
            members.next();
            count++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(count).isEqualTo(10_000);
        assertThat(simulator.requestCount()).isEqualTo(50);
        assertThat(simulator.rateLimited()).as("429s answered by the service").isZero();
        assertThat((simulator.requestCount() - 1) / seconds)
                .as("requests per second")
                .isGreaterThanOrEqualTo(9.5);
    }
}
