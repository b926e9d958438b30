package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service (or a proxy) whose next cursor leads back to a page the walk has read would keep a walk going round the
 * same pages for ever, handing the same items again and spending the workspace's requests. The page that closes the
 * loop fails as an invalid answer instead, before any of its items is handed, and no request follows the loop.
 */
class CursorLoopTest extends WireMockTestSupport {

    private static final String PATH = "/v1/segments/7/membership";

    /** First page, then p1, then p2, whose next leads back to p1. */
    @BeforeEach
    void pagesThatLoop() {
        page(null, "user-1", "p1");
        page("p1", "user-2", "p2");
        page("p2", "user-3", "p1");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:walk")
                        .to("customerio-customers:getSegmentMembership?segmentId=7&paginate=true")
                        .split(body())
                        .streaming()
                        .stopOnException()
                        .to("mock:paginated");
                from("customerio-customers:getSegmentMembership?segmentId=7&startScheduler=false")
                        .routeId("consumer")
                        .to("mock:polled");
            }
        };
    }

    @Test
    void paginateFailsAtThePageThatLoopsWithoutAnotherRequest() throws Exception {
        MockEndpoint paginated = getMockEndpoint("mock:paginated");

        Exchange walk = call("direct:walk");

        assertThat(walk.getException())
                .isInstanceOf(CustomerIoInvalidResponseException.class)
                .hasMessageStartingWith("getSegmentMembership received an unreadable answer (its next cursor 'p1'"
                        + " leads back to a page this walk has read: following it would walk the same pages for"
                        + "ever): HTTP 200");
        // the streaming splitter asks for the next item before routing the one it holds (to tell whether it is the
        // last), so user-2 was taken, then the walk failed before it was routed, as it does for any page that fails
        assertThat(ids(paginated)).containsExactly("user-1");
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void theConsumerStaysAtTheLoopingPageSendingOneRequestAPollAndHandingNothingAgain() throws Exception {
        MockEndpoint polled = getMockEndpoint("mock:polled");
        ScheduledPollConsumer consumer =
                (ScheduledPollConsumer) context.getRoute("consumer").getConsumer();

        consumer.run();
        consumer.run();
        consumer.run();

        assertThat(ids(polled)).containsExactly("user-1", "user-2");
        server.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("start", absent()));
        server.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("start", equalTo("p1")));
        server.verify(3, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("start", equalTo("p2")));
        assertThat(server.getAllServeEvents()).hasSize(5);
    }

    private static List<Object> ids(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(Map.class).get("id"))
                .toList();
    }

    private static void page(String start, String member, String next) {
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("start", start == null ? absent() : equalTo(start))
                .willReturn(okJson("{\"identifiers\":[{\"id\":\"" + member + "\",\"email\":null,\"cio_id\":\"c-"
                        + member + "\"}],\"ids\":[\"" + member + "\"],\"next\":\"" + next + "\"}")));
    }
}
