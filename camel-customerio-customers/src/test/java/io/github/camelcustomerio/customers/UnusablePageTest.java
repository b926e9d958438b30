package io.github.camelcustomerio.customers;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page a walk cannot use as a whole (an item that is not an object, null included; the list of items twice or not
 * at all; a next that is not a cursor) is
 * refused before any of its items is handed: the consumer stays before it, one request a poll, and hands nothing of
 * it again and again, as it did when such a page failed halfway.
 */
class UnusablePageTest extends WireMockTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=7&startScheduler=false")
                        .routeId("snapshot")
                        .to("mock:snapshot");
                from("customerio-customers:getSegmentMembership?segmentId=7&startScheduler=false&mode=changes"
                                + "&emitHistory=true")
                        .routeId("changes")
                        .to("mock:changes");
            }
        };
    }

    @Test
    void anAnswerWithoutItsListOfMembersDoesNotMakeEveryMemberLeave() throws Exception {
        String members = "{\"identifiers\":[{\"id\":\"u1\",\"email\":null,\"cio_id\":\"c1\"},"
                + "{\"id\":\"u2\",\"email\":null,\"cio_id\":\"c2\"}],\"next\":\"\"}";
        server.stubFor(get(urlPathEqualTo("/v1/segments/7/membership"))
                .inScenario("gateway")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(members))
                .willSetStateTo("broken"));
        // what a gateway in the way may answer with a 200: no members list at all
        server.stubFor(get(urlPathEqualTo("/v1/segments/7/membership"))
                .inScenario("gateway")
                .whenScenarioStateIs("broken")
                .willReturn(okJson("{}")));
        ScheduledPollConsumer consumer =
                (ScheduledPollConsumer) context.getRoute("changes").getConsumer();

        consumer.run(); // the baseline: u1 and u2 handed as joined (emitHistory=true)
        consumer.run(); // the walk's end, then the next walk starts later
        consumer.run();
        consumer.run();

        assertThat(getMockEndpoint("mock:changes").getExchanges())
                .extracting(exchange -> exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE))
                .as("no member left: an answer without members is not an empty segment")
                .containsOnly("joined");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"identifiers\":[{\"id\":\"u1\",\"email\":null,\"cio_id\":\"c1\"},null],\"next\":\"\"}",
                "{\"identifiers\":[{\"id\":\"u1\",\"email\":null,\"cio_id\":\"c1\"},\"u2\"],\"next\":\"\"}",
                "{\"identifiers\":[{\"id\":\"u1\",\"email\":null,\"cio_id\":\"c1\"}],"
                        + "\"identifiers\":[{\"id\":\"u2\",\"email\":null,\"cio_id\":\"c2\"}],\"next\":\"\"}",
                "{\"identifiers\":[{\"id\":\"u1\",\"email\":null,\"cio_id\":\"c1\"}],\"next\":[\"p2\"]}",
                "{\"identifiers\":null,\"next\":\"\"}"
            })
    void noItemOfThePageIsHandedAndEachPollSendsOneRequest(String page) throws Exception {
        server.stubFor(get(urlPathEqualTo("/v1/segments/7/membership")).willReturn(okJson(page)));

        for (String route : new String[] {"snapshot", "changes"}) {
            ScheduledPollConsumer consumer =
                    (ScheduledPollConsumer) context.getRoute(route).getConsumer();
            consumer.run();
            consumer.run();
        }

        assertThat(getMockEndpoint("mock:snapshot").getReceivedCounter()).isZero();
        assertThat(getMockEndpoint("mock:changes").getReceivedCounter()).isZero();
        assertThat(server.getAllServeEvents()).hasSize(4);
    }
}
