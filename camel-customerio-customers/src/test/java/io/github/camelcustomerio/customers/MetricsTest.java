package io.github.camelcustomerio.customers;

import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meters, when a MeterRegistry is bound in the Camel registry: requests, items handed, walks; never the key. */
class MetricsTest extends ConsumerTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsTest.class);
    private static final int SEGMENT = 900;
    private static final int MEMBERS = 2_500;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.synthetic(SEGMENT, MEMBERS, 42));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", registry);
        return context;
    }

    @Test
    void requestsItemsHandedAndWalksAreMeteredWithCamelsTags() throws Exception {
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration()
                .setRateLimit(100);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT
                                + "&limit=1000&startScheduler=false")
                        .routeId("members")
                        .to("mock:members");
                from("direct:person").to("customerio-customers:getPersonAttributes");
            }
        });
        poll("members");
        assertThatThrownBy(() -> template.sendBodyAndHeader(
                        "direct:person", null, CustomerIoCustomersConstants.CUSTOMER_ID, "nobody"))
                .isInstanceOf(CamelExecutionException.class);

        assertThat(registry.get("customerio.customers.requests")
                        .tags("camelContext", context.getName(), "operation", "getSegmentMembership", "status", "200")
                        .timer()
                        .count())
                .isEqualTo(3);
        assertThat(registry.get("customerio.customers.requests")
                        .tags("operation", "getPersonAttributes", "status", "404")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("customerio.customers.rate.limit.wait")
                        .tags("operation", "getSegmentMembership")
                        .timer()
                        .count())
                .isEqualTo(3);
        assertThat(registry.get("customerio.customers.items.handed")
                        .tags("routeId", "members", "operation", "getSegmentMembership", "mode", "snapshot")
                        .functionCounter()
                        .count())
                .isEqualTo(MEMBERS);
        assertThat(registry.get("customerio.customers.walks")
                        .tags("routeId", "members")
                        .functionTimer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("customerio.customers.walks")
                        .tags("routeId", "members")
                        .functionTimer()
                        .totalTime(TimeUnit.NANOSECONDS))
                .isPositive();
        assertThat(registry.find("customerio.customers.retries").meters()).isEmpty();
        for (Meter meter : registry.getMeters()) {
            assertThat(meter.getId().toString()).doesNotContain(simulator.apiKey());
        }
        LOG.info("Meters after a walk:\n{}", registry.getMetersAsString());

        context.getRouteController().stopRoute("members");
        assertThat(registry.find("customerio.customers.items.handed").meters())
                .as("a stopped consumer's meters go with it")
                .isEmpty();
    }
}
