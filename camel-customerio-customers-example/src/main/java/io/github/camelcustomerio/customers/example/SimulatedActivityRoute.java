package io.github.camelcustomerio.customers.example;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Only with the embedded simulator: the followed person keeps browsing and buying, one activity per period, so that
 * the activity follower has something new to show. The activities are written straight into the simulator's
 * workspace, as Customer.io would record them; nothing is sent through the App API.
 */
public class SimulatedActivityRoute extends RouteBuilder {

    private static final List<Activity> VISIT = List.of(
            Activity.page("https://acme.test/pricing"),
            Activity.event("added_to_cart").withData(Map.of("plan", "team", "seats", 10)),
            Activity.event("checkout_started"),
            Activity.event("purchase").withData(Map.of("total", "499.00", "currency", "USD")),
            Activity.page("https://acme.test/account/billing"));

    private final Workspace workspace;
    private final AtomicInteger step = new AtomicInteger();

    public SimulatedActivityRoute(Workspace workspace) {
        this.workspace = workspace;
    }

    // spotless:off (a route reads best with its DSL indented by hand)
    @Override
    public void configure() {
        String customerId = getContext().resolvePropertyPlaceholders("{{example.follower.customer-id}}");
        from("timer:simulated-activity?period={{example.simulator.activity-period}}").routeId("simulated-activity")
            .process(exchange -> exchange.getMessage().setBody(
                    workspace.addActivity(customerId, VISIT.get(step.getAndIncrement() % VISIT.size()))))
            .log(LoggingLevel.DEBUG, "simulator: " + customerId + " did ${body}");
    }
    // spotless:on
}
