package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Consumer tests drive polls themselves ({@code startScheduler=false}), one {@link #poll(String)} at a time, so that
 * what each poll hands to the route is exact.
 */
abstract class ConsumerTestSupport extends SimulatorTestSupport {

    /** Adds a route from the URI (scheduler off) to mock:{id}. */
    protected MockEndpoint consume(String id, String uri) throws Exception {
        String separator = uri.contains("?") ? "&" : "?";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + separator + "startScheduler=false").routeId(id).to("mock:" + id);
            }
        });
        return getMockEndpoint("mock:" + id);
    }

    /** Runs one poll of the route's consumer, in this thread. */
    protected void poll(String routeId) {
        ((ScheduledPollConsumer) context.getRoute(routeId).getConsumer()).run();
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> item(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    protected static List<String> ids(List<Exchange> exchanges) {
        return exchanges.stream()
                .map(exchange -> (String) item(exchange).get("id"))
                .toList();
    }

    protected static List<String> ids(MockEndpoint mock) {
        return ids(mock.getReceivedExchanges());
    }
}
