package io.github.camelcustomerio.customers.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application with the starter, configured only by its application.properties, against the simulator:
 * the component's properties, a producer call, a consumer route, both Kamelets and a YAML Pipe.
 */
@SpringBootTest(classes = StarterTestApplication.class)
class SpringBootStarterTest extends StarterApplicationTestSupport {

    @Autowired
    StateRepository<String, String> memberPositions;

    @Test
    void thePropertiesConfigureTheComponent() {
        CustomerIoCustomersConfiguration configuration = camelContext
                .getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration();

        assertThat(configuration.getApiKey()).isEqualTo(API_KEY);
        assertThat(configuration.getBaseUrl()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(configuration.getRateLimit()).isEqualTo(50);
        assertThat(configuration.getCallTimeout()).isEqualTo(45_000L);
        assertThat(configuration.getStateRepository()).isSameAs(memberPositions);
    }

    @Test
    void aSecondComponentOfAnotherNameKeepsItsOwnConfiguration() {
        CustomerIoCustomersConfiguration eu = camelContext
                .getComponent("customerio-eu", CustomerIoCustomersComponent.class)
                .getConfiguration();

        assertThat(eu.getApiKey()).isEqualTo("eu-workspace-key");
        assertThat(eu.getRateLimit()).isEqualTo(3);
        assertThat(eu.getBaseUrl()).isNull();
        assertThat(eu.effectiveBaseUrl()).isEqualTo("https://api-eu.customer.io");
    }

    @Test
    void aProducerCallSendsTheKeyAndReturnsTheAnswer() {
        // the application's consumers poll meanwhile, and other tests share the simulator: only the calls for the
        // segment itself count
        List<RecordedRequest> before = segment42Requests();

        Map<?, ?> answer = template.requestBody("customerio-customers:getSegment?segmentId=42", null, Map.class);

        assertThat(((Map<?, ?>) answer.get("segment")).get("name")).isEqualTo("VIP beta testers");
        List<RecordedRequest> after = segment42Requests();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(after.size() - 1).headers().get("Authorization")).containsExactly("Bearer " + API_KEY);
    }

    @Test
    void aConsumerRouteReceivesTheMembersOfTheSegment() {
        MockEndpoint members = camelContext.getEndpoint("mock:members", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> members.getReceivedCounter() >= 3);

        assertThat(ids(members.getReceivedExchanges().subList(0, 3)))
                .containsExactlyInAnyOrder("user-17", "user-18", "user-21");
    }

    @Test
    void theSourceKameletTakesItsKeyFromApplicationProperties() {
        MockEndpoint members = camelContext.getEndpoint("mock:kamelet-members", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> members.getReceivedCounter() >= 2);

        assertThat(jsonIds(members.getReceivedExchanges().subList(0, 2)))
                .containsExactlyInAnyOrder("\"id\":\"user-17\"", "\"id\":\"user-21\"");
    }

    @Test
    void theActionKameletTakesItsKeyFromApplicationProperties() {
        String answer = template.requestBody(
                "kamelet:customerio-customers-action?operation=getSegment&segmentId=7", null, String.class);

        assertThat(answer).contains("\"name\":\"Pro plan\"");
    }

    @Test
    void aPipeResolvesThePlaceholdersOfItsProperties() {
        MockEndpoint members = camelContext.getEndpoint("mock:pipe-members", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> members.getReceivedCounter() >= 2);

        assertThat(jsonIds(members.getReceivedExchanges().subList(0, 2)))
                .containsExactlyInAnyOrder("\"id\":\"user-19\"", "\"id\":\"user-20\"");
        assertThat(SIMULATOR.requests())
                .filteredOn(request -> request.path().equals("/v1/segments/30/membership"))
                .extracting(request -> request.headers().get("Authorization"))
                .containsOnly(List.of("Bearer " + API_KEY));
    }

    @Test
    void aWrongKeyEndsInTheTypedUnauthorizedError() {
        assertThatThrownBy(() -> template.requestBody(
                        "customerio-customers:getSegment?segmentId=7&apiKey=not-the-workspace-key", (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(CustomerIoApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("getSegment").doesNotContain("not-the-workspace-key");
                });
    }

    private static List<RecordedRequest> segment42Requests() {
        return SIMULATOR.requests().stream()
                .filter(request -> request.path().equals("/v1/segments/42"))
                .toList();
    }

    private static List<String> ids(List<Exchange> exchanges) {
        return exchanges.stream()
                .map(exchange ->
                        String.valueOf(exchange.getMessage().getBody(Map.class).get("id")))
                .toList();
    }

    /** The "id" member of each JSON body, as written (the Kamelets hand JSON text). */
    private static List<String> jsonIds(List<Exchange> exchanges) {
        return exchanges.stream()
                .map(exchange -> exchange.getMessage().getBody(String.class))
                .map(body -> body.replaceAll("(?s).*?(\"id\":\"[^\"]*\").*", "$1"))
                .toList();
    }
}
