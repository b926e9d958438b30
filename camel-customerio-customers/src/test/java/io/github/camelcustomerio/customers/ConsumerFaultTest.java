package io.github.camelcustomerio.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.faults.Fault;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer under faults: a failed page is fetched again at the next poll (the walk does not start over), the
 * readiness check goes DOWN with the HTTP status and UP again, failures can be bridged to the route's error
 * handler, and a walk through faults still delivers every member exactly once.
 */
class ConsumerFaultTest extends ConsumerTestSupport {

    static final int SEGMENT = 900;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, 100_000, 11));
    }

    @Test
    void aFailedPageIsFetchedAgainWithoutStartingOver() throws Exception {
        MockEndpoint members = consume(
                "members",
                "customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                        + "&limit=10&maxRetries=0&maxMessagesPerPoll=50");
        simulator.faults().add(Fault.status(503).onRequest(3));

        poll("members");
        assertThat(members.getReceivedExchanges())
                .as("two good pages, then the third failed")
                .hasSize(20);
        String failedCursor = simulator.requests().get(2).query().get("start");
        poll("members");

        assertThat(members.getReceivedExchanges())
                .as("the next poll's 50 follow the first 20")
                .hasSize(70);
        assertThat(simulator.requests().get(3).query().get("start"))
                .as("the failed page asked again")
                .isEqualTo(failedCursor);
        assertThat(ids(members).get(20)).isEqualTo(String.format("synth-%d-%010d", SEGMENT, 20));
    }

    @Test
    void readinessGoesDownWithTheHttpStatusAndUpAgain() throws Exception {
        consume(
                "health",
                "customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                        + "&limit=10&maxRetries=0&maxMessagesPerPoll=10");
        simulator.faults().add(Fault.status(503));

        poll("health");
        poll("health");
        HealthCheck.Result down = consumerReadiness("health");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails())
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503)
                .containsEntry(HealthCheck.FAILURE_ERROR_COUNT, 2L);
        assertThat(down.getError()).get().isInstanceOf(CustomerIoApiException.class);
        assertThat(down.getDetails().toString()).doesNotContain(simulator.apiKey());

        simulator.faults().clear();
        poll("health");

        assertThat(consumerReadiness("health").getState()).isEqualTo(HealthCheck.State.UP);
    }

    private HealthCheck.Result consumerReadiness(String routeId) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry.getCheck("consumer:" + routeId).isEmpty()) {
            registry.register(registry.resolveById("consumers"));
        }
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        Optional<HealthCheck.Result> consumer = results.stream()
                .filter(result -> result.getCheck().getId().equals("consumer:" + routeId))
                .findFirst();
        assertThat(consumer)
                .as(
                        "readiness checks: %s",
                        results.stream().map(r -> r.getCheck().getId()).toList())
                .isPresent();
        return consumer.get();
    }

    @Test
    void bridgedFailuresReachTheRouteErrorHandler() throws Exception {
        simulator.faults().add(Fault.status(500));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&maxRetries=0&bridgeErrorHandler=true&startScheduler=false")
                        .routeId("bridged")
                        .onException(CustomerIoApiException.class)
                        .handled(true)
                        .to("mock:failed")
                        .end()
                        .to("mock:members");
            }
        });

        poll("bridged");

        MockEndpoint failed = getMockEndpoint("mock:failed");
        assertThat(failed.getReceivedExchanges()).hasSize(1);
        CustomerIoApiException error = failed.getReceivedExchanges()
                .get(0)
                .getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, CustomerIoApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(500);
        assertThat(error.getOperation()).isEqualTo(CustomerIoOperation.getSegmentMembership);
    }

    @Test
    void aWalkThroughFivePercentFaultsDeliversEveryMemberExactlyOnce() throws Exception {
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        AtomicInteger left = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT + "&limit=1000&mode=changes"
                                + "&emitHistory=true&maxRetries=0&startScheduler=false")
                        .routeId("changes")
                        .process(exchange -> {
                            String id = (String) item(exchange).get("id");
                            if ("left".equals(exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE))) {
                                left.incrementAndGet();
                            } else {
                                deliveries
                                        .computeIfAbsent(id, key -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        });
            }
        });
        simulator.faults().add(Fault.status(503).fraction(0.05, 3).matching("GET", "/v1/segments/900/membership"));
        simulator.faults().add(Fault.dropConnection().fraction(0.02, 5).matching("GET", "/v1/segments/900/membership"));

        int polls = 0;
        while (deliveries.size() < 100_000 && polls++ < 500) {
            poll("changes");
        }
        long failedPages = simulator.requests().stream()
                .map(RecordedRequest::status)
                .filter(s -> s != 200)
                .count();

        assertThat(failedPages).as("pages that failed along the way").isGreaterThan(0);
        assertThat(deliveries).hasSize(100_000);
        assertThat(deliveries.values())
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(left.get()).isZero();

        workspace().removeSyntheticMembers(SEGMENT, 42, 4242);
        int before = polls;
        while (left.get() < 2 && polls++ < before + 500) {
            poll("changes");
        }
        assertThat(left.get()).isEqualTo(2);
        assertThat(deliveries.values())
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(List.of(polls)).isNotEmpty();
    }
}
