package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.client.ApiKey;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The developer console {@code customerio-customers}, as Camel JBang, Hawtio and the actuator call it: the walk in
 * progress and the last completed walk of a consumer, a producer's calls, the workspace's rate limiter; never the
 * key.
 */
class DevConsoleTest extends ConsumerTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DevConsoleTest.class);
    private static final int SEGMENT = 900;
    private static final int MEMBERS = 4_500;

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService poller = Executors.newSingleThreadExecutor();

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, MEMBERS, 42));
    }

    @AfterEach
    void stopPolling() {
        release.countDown();
        poller.shutdownNow();
    }

    @Test
    void showsTheWalkInProgressTheLastWalkAndTheCallsWithoutTheKey() throws Exception {
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration()
                .setRateLimit(100);
        AtomicLong processed = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=1000&startScheduler=false")
                        .routeId("members")
                        .process(exchange -> {
                            // the second walk holds at its 2,501st item until the test has looked at it
                            if (processed.incrementAndGet() == MEMBERS + 2_501) {
                                release.await(15, TimeUnit.SECONDS);
                            }
                        });
                from("direct:person").to("customerio-customers:getPersonAttributes");
            }
        });
        assertThatThrownBy(() -> template.sendBodyAndHeader(
                        "direct:person", null, CustomerIoCustomersConstants.CUSTOMER_ID, "nobody"))
                .isInstanceOf(CamelExecutionException.class);

        poll("members");
        Future<?> secondWalk = poller.submit(() -> poll("members"));
        await().atMost(10, TimeUnit.SECONDS)
                .until(() ->
                        walkInProgress() != null && ((Number) walkInProgress().get("handed")).longValue() == 2_000);

        Map<String, Object> json =
                console().call(DevConsole.MediaType.JSON, Map.of()) instanceof Map<?, ?> map ? cast(map) : Map.of();
        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of());
        LOG.info("Console text during a walk:\n{}", text);
        LOG.info("Console JSON during a walk: {}", json);

        Map<String, Object> workspace = cast(((List<?>) json.get("workspaces")).get(0));
        assertThat(workspace)
                .containsEntry("baseUrl", simulator.baseUrl())
                .containsEntry("keyFingerprint", ApiKey.of(simulator.apiKey()).fingerprint());
        assertThat(cast(workspace.get("rateLimiter")))
                .containsEntry("limit", "100")
                .containsEntry("tooManyRequests", 0L)
                .containsKeys("currentWaitMillis", "queueLength", "retryAfterPauseMillis");

        Map<String, Object> consumer = consumer(json);
        assertThat(consumer)
                .containsEntry("routeId", "members")
                .containsEntry("operation", "getSegmentMembership")
                .containsEntry("target", "getSegmentMembership /v1/segments/900/membership")
                .containsEntry("mode", "snapshot")
                .containsEntry("walksCompleted", 1L);
        Map<String, Object> walk = cast(consumer.get("walkInProgress"));
        assertThat(walk)
                .containsEntry("pages", 3L)
                .containsEntry("items", 3_000L)
                .containsEntry("handed", 2_000L)
                .containsEntry("expectedItems", (long) MEMBERS)
                .containsKeys("startedAt", "itemsPerSecond", "estimatedEnd");
        assertThat(cast(consumer.get("lastWalk")))
                .containsEntry("pages", 5L)
                .containsEntry("items", (long) MEMBERS)
                .containsEntry("handed", (long) MEMBERS)
                .containsKeys("startedAt", "durationMillis");
        assertThat(cast(consumer.get("calls")))
                .containsEntry("calls", 8L)
                .containsEntry("failures", 0L)
                .containsEntry("retries", 0L);

        Map<String, Object> producer = cast(((List<?>) json.get("producers")).get(0));
        assertThat(producer)
                .containsEntry("uri", "customerio-customers://getPersonAttributes")
                .containsEntry("operation", "getPersonAttributes");
        assertThat(cast(producer.get("calls")))
                .containsEntry("calls", 1L)
                .containsEntry("failures", 1L)
                .containsEntry("failuresByStatus", Map.of("404", 1L));

        assertThat(text)
                .contains("Workspace: " + simulator.baseUrl() + " key "
                        + ApiKey.of(simulator.apiKey()).fingerprint())
                .contains("Consumer: getSegmentMembership /v1/segments/900/membership (route members, mode snapshot)")
                .contains("Walk in progress: page 3, 3000 items read, 2000 handed")
                .contains("4500 items expected, estimated end")
                .contains("Last walk: started")
                .contains("5 pages, 4500 items read, 4500 handed")
                .contains("Producer: customerio-customers://getPersonAttributes")
                .contains("Calls: 1 (failed 1 {404=1})");
        assertThat(text + json).doesNotContain(simulator.apiKey());

        release.countDown();
        secondWalk.get(10, TimeUnit.SECONDS);
        Map<String, Object> after = consumer(cast(console().call(DevConsole.MediaType.JSON, Map.of())));
        assertThat(after).containsEntry("walksCompleted", 2L).doesNotContainKey("walkInProgress");
        assertThat(cast(after.get("lastWalk")))
                .containsEntry("items", (long) MEMBERS)
                .containsEntry("handed", (long) MEMBERS);
        assertThat(console().call(DevConsole.MediaType.TEXT, Map.of()).toString())
                .contains("Walk in progress: none");
    }

    private DevConsole console() {
        DevConsoleRegistry registry = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class);
        return registry.resolveById("customerio-customers");
    }

    private Map<String, Object> walkInProgress() {
        Object walk = consumer(cast(console().call(DevConsole.MediaType.JSON, Map.of())))
                .get("walkInProgress");
        return walk == null ? null : cast(walk);
    }

    private static Map<String, Object> consumer(Map<String, Object> json) {
        return cast(((List<?>) json.get("consumers")).get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
