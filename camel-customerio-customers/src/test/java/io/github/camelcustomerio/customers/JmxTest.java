package io.github.camelcustomerio.customers;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelcustomerio.customers.client.ApiKey;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's and the endpoint's figures as JMX attributes, read through the platform MBean server under the
 * names Camel registers them with, and the managed operation that forgets a stored position.
 */
class JmxTest extends ConsumerTestSupport {

    private static final int SEGMENT = 900;
    private static final int MEMBERS = 2_500;

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    JmxTest() {
        testConfiguration().withJMX(true);
    }

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, MEMBERS, 42));
    }

    @Test
    void theLastChangesWalkItsCallsAndTheRateLimiterAreManagedAttributes() throws Exception {
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration()
                .setRateLimit(100);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=1000&mode=changes&startScheduler=false")
                        .routeId("changes")
                        .log("${header.CamelCustomerioCustomersChange}");
            }
        });
        poll("changes");
        workspace().removeSyntheticMembers(SEGMENT, 0, 1_000, 2_499);
        workspace().growSyntheticSegment(SEGMENT, MEMBERS + 2);
        poll("changes");

        ObjectName consumer = consumerOf("changes");
        assertThat(server.getAttribute(consumer, "RouteId")).isEqualTo("changes");
        assertThat(server.getAttribute(consumer, "Target"))
                .isEqualTo("getSegmentMembership /v1/segments/900/membership");
        assertThat(server.getAttribute(consumer, "ConsumerMode")).isEqualTo("changes");
        assertThat(server.getAttribute(consumer, "WalksCompleted")).isEqualTo(2L);
        assertThat(server.getAttribute(consumer, "WalkInProgress")).isEqualTo(false);
        assertThat(server.getAttribute(consumer, "LastWalkItems")).isEqualTo((long) MEMBERS - 3 + 2);
        assertThat(server.getAttribute(consumer, "LastWalkJoined")).isEqualTo(2L);
        assertThat(server.getAttribute(consumer, "LastWalkLeft")).isEqualTo(3L);
        assertThat(server.getAttribute(consumer, "LastWalkItemsHanded")).isEqualTo(5L);
        assertThat((Long) server.getAttribute(consumer, "LastWalkDurationMillis"))
                .isGreaterThanOrEqualTo(0L);
        assertThat(server.getAttribute(consumer, "ItemsHanded")).isEqualTo(5L);
        assertThat(server.getAttribute(consumer, "Calls")).isEqualTo(6L);
        assertThat(server.getAttribute(consumer, "Retries")).isEqualTo(0L);
        assertThat(server.getAttribute(consumer, "LastErrorMessage")).isNull();

        ObjectName endpoint = endpointOf("getSegmentMembership");
        assertThat(server.getAttribute(endpoint, "KeyFingerprint"))
                .isEqualTo(ApiKey.of(simulator.apiKey()).fingerprint());
        assertThat(server.getAttribute(endpoint, "Calls")).isEqualTo(6L);
        assertThat(server.getAttribute(endpoint, "Requests")).isEqualTo(6L);
        assertThat(server.getAttribute(endpoint, "Failures")).isEqualTo(0L);
        assertThat(server.getAttribute(endpoint, "FailuresByStatus")).isEqualTo("{}");
        assertThat(server.getAttribute(endpoint, "RateLimitRequestsPerSecond")).isEqualTo(100.0);
        assertThat(server.getAttribute(endpoint, "RateLimitTooManyRequests")).isEqualTo(0L);
        assertThat(server.getAttribute(endpoint, "RateLimitQueueLength")).isEqualTo(0);

        for (ObjectName name : Set.of(consumer, endpoint)) {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                assertThat(String.valueOf(server.getAttribute(name, attribute.getName())))
                        .as("attribute %s of %s", attribute.getName(), name)
                        .doesNotContain(simulator.apiKey());
            }
        }
    }

    @Test
    void forgettingTheStoredPositionNeedsAConfirmationAndStartsTheWalkOver() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&mode=changes&startScheduler=false")
                        .routeId("changes")
                        .log("${header.CamelCustomerioCustomersChange}");
            }
        });
        poll("changes");
        workspace().removeSyntheticMembers(SEGMENT, 7);
        ObjectName consumer = consumerOf("changes");
        String[] signature = {boolean.class.getName()};

        assertThat(server.invoke(consumer, "forgetStoredPosition", new Object[] {false}, signature))
                .isEqualTo("Nothing done: pass true to confirm that the stored position of"
                        + " getSegmentMembership /v1/segments/900/membership is to be forgotten");
        assertThat(server.invoke(consumer, "forgetStoredPosition", new Object[] {true}, signature))
                .isEqualTo("The stored position of getSegmentMembership /v1/segments/900/membership will be"
                        + " forgotten at the next poll");
        poll("changes");

        assertThat(server.getAttribute(consumer, "WalksCompleted"))
                .as("a new walk recorded a new baseline")
                .isEqualTo(1L);
        assertThat(server.getAttribute(consumer, "LastWalkLeft"))
                .as("without the old baseline, the member that left is not told")
                .isEqualTo(0L);
        assertThat(server.getAttribute(consumer, "LastWalkItems")).isEqualTo((long) MEMBERS - 1);
    }

    private ObjectName consumerOf(String routeId) throws Exception {
        for (ObjectName name : server.queryNames(
                new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",type=consumers,*"),
                null)) {
            if (routeId.equals(server.getAttribute(name, "RouteId"))) {
                return name;
            }
        }
        throw new AssertionError("no consumer MBean for route " + routeId);
    }

    private ObjectName endpointOf(String operation) throws Exception {
        for (ObjectName name : server.queryNames(
                new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",type=endpoints,*"),
                null)) {
            if (String.valueOf(server.getAttribute(name, "EndpointUri"))
                    .startsWith("customerio-customers://" + operation)) {
                return name;
            }
        }
        throw new AssertionError("no endpoint MBean for " + operation);
    }
}
