package io.github.camelcustomerio.customers;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a service enforcing its 10 requests a second, a walk of a large segment with every option at its default
 * takes the fewest requests the service allows: one per 30,000 members, every member once, no request refused.
 */
class WalkRequestCountTest extends ConsumerTestSupport {

    static final int SEGMENT = 901;
    static final int MEMBERS = 100_000;
    static final int FEWEST_REQUESTS = (MEMBERS + 29_999) / 30_000;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder()
                .dataset(Dataset.synthetic(SEGMENT, MEMBERS, 3))
                .rateLimit(10);
    }

    /** The component keeps its own default rate limit (10 a second), as a user's would. */
    @Override
    protected void configure(CamelContext context) {
        super.configure(context);
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration()
                .setRateLimit(10);
    }

    @Test
    void aDefaultConsumerWalksALargeSegmentInTheFewestRequests() throws Exception {
        AtomicLong expected = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + SEGMENT + "&startScheduler=false")
                        .routeId("walk")
                        .process(exchange -> {
                            String id = (String) item(exchange).get("id");
                            if (!id.equals(memberId(expected.getAndIncrement()))) {
                                outOfOrder.incrementAndGet();
                            }
                        });
            }
        });

        poll("walk");

        assertThat(expected.get()).isEqualTo(MEMBERS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(requests()).hasSize(FEWEST_REQUESTS);
        assertThat(requests()).extracting(RecordedRequest::status).containsOnly(200);
        assertThat(simulator.rateLimited()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDefaultPaginatedCallWalksALargeSegmentInTheFewestRequests() {
        Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?paginate=true&segmentId=" + SEGMENT, null, Iterator.class);
        long count = 0;
        long outOfOrder = 0;
        while (members.hasNext()) {
            if (!members.next().get("id").equals(memberId(count++))) {
                outOfOrder++;
            }
        }

        assertThat(count).isEqualTo(MEMBERS);
        assertThat(outOfOrder).isZero();
        assertThat(requests()).hasSize(FEWEST_REQUESTS);
        assertThat(requests()).extracting(RecordedRequest::status).containsOnly(200);
        assertThat(simulator.rateLimited()).isZero();
    }

    private static String memberId(long index) {
        return String.format("synth-%d-%010d", SEGMENT, index);
    }
}
