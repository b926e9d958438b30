package io.github.camelcustomerio.customers.quarkus;

import java.time.Duration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The consumer route, started with the application, hands the route every member of the VIP segment. */
@QuarkusTest
@WithTestResource(SimulatorResource.class)
class MembershipConsumerTest {

    @Inject
    CamelContext context;

    @Test
    void everyMemberOfTheVipSegmentReachesTheRoute() {
        MockEndpoint members = context.getEndpoint("mock:vip-members", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(members.getReceivedExchanges())
                        .extracting(exchange -> exchange.getMessage().getBody(String.class))
                        .containsExactly("user-17 <ana@acme.test>", "user-21 <eve@initech.test>"));
        assertThat(members.getReceivedExchanges())
                .extracting(exchange -> exchange.getMessage().getHeader("CamelCustomerioCustomersSegmentId"))
                .containsOnly(42);
        // one page of the service's, both members, nothing handed twice
        assertThat(members.getReceivedExchanges())
                .extracting(
                        exchange -> exchange.getProperty(Exchange.BATCH_INDEX),
                        exchange -> exchange.getProperty(Exchange.BATCH_SIZE),
                        exchange -> exchange.getProperty(Exchange.BATCH_COMPLETE))
                .containsExactly(tuple(0, 2, false), tuple(1, 2, true));
    }
}
