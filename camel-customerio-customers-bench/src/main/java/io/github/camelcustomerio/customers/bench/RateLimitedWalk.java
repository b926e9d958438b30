package io.github.camelcustomerio.customers.bench;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * A walk of about two minutes against a simulator that enforces 10 requests per second, as the service does, with
 * the component at its default {@code rateLimit=10}: how close to the limit the walk runs, and whether any 429 is
 * provoked (answered by the simulator) or reaches the route.
 */
public final class RateLimitedWalk {

    /** Requests per second, on both sides. */
    public static final int LIMIT = 10;

    /**
     * @param requests        requests the simulator received
     * @param seconds         the walk's wall time
     * @param items           members the route received
     * @param routeSaw429     429 errors that reached the route
     * @param otherErrors     any other error that reached the route
     * @param simulatorAnswered429 429s the simulator's rate limiter answered
     */
    public record Result(
            long requests, double seconds, long items, long routeSaw429, long otherErrors, long simulatorAnswered429) {

        /** Requests per second over the walk: the first request starts the clock. */
        public double requestsPerSecond() {
            return (requests - 1) / seconds;
        }
    }

    private RateLimitedWalk() {}

    /** @param pages how many pages of 1,000 members to walk: the walk takes about {@code pages / 10} seconds */
    public static Result run(int pages) throws Exception {
        return paginated(pages * 1000L, "&limit=1000");
    }

    /** A walk of {@code members} with every option at its default (so pages of 30,000), by paginate=true. */
    public static Result paginatedWithDefaults(long members) throws Exception {
        return paginated(members, "");
    }

    private static Result paginated(long members, String options) throws Exception {
        int segment = 900;
        try (CustomerIoSimulator simulator = simulatorOf(segment, members);
                CamelContext context = contextFor(simulator)) {
            AtomicLong items = new AtomicLong();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // rateLimit is left at its default, 10
                    from("direct:walk")
                            .to("customerio-customers:getSegmentMembership?segmentId=" + segment + options
                                    + "&paginate=true")
                            .split(body())
                            .streaming()
                            .process(exchange -> items.incrementAndGet())
                            .end();
                }
            });
            context.start();
            long started = System.nanoTime();
            Exchange walk =
                    context.createFluentProducerTemplate().to("direct:walk").send();
            double seconds = (System.nanoTime() - started) / 1e9;
            long routeSaw429 = 0;
            long otherErrors = 0;
            Exception failure = walk.getException();
            if (failure instanceof CustomerIoApiException api && api.getStatusCode() == 429) {
                routeSaw429++;
            } else if (failure != null) {
                otherErrors++;
                System.err.println("rate-limited walk failed: " + failure);
            }
            return new Result(
                    simulator.requestCount(), seconds, items.get(), routeSaw429, otherErrors, simulator.rateLimited());
        }
    }

    /** A walk of {@code members} with every option at its default (so pages of 30,000), by the consumer. */
    public static Result consumedWithDefaults(long members) throws Exception {
        int segment = 900;
        try (CustomerIoSimulator simulator = simulatorOf(segment, members);
                CamelContext context = contextFor(simulator)) {
            AtomicLong items = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // every option at its default but the scheduler, which the walk drives itself
                    from("customerio-customers:getSegmentMembership?segmentId=" + segment + "&startScheduler=false")
                            .routeId("walk")
                            .process(exchange -> items.incrementAndGet());
                }
            });
            context.start();
            long started = System.nanoTime();
            ((ScheduledPollConsumer) context.getRoute("walk").getConsumer()).run();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (items.get() != members) {
                errors.incrementAndGet();
                System.err.println("consumer walk handed " + items.get() + " of " + members + " members");
            }
            return new Result(simulator.requestCount(), seconds, items.get(), 0, errors.get(), simulator.rateLimited());
        }
    }

    /** The simulator enforcing the service's limit, serving a synthetic segment of {@code members}. */
    private static CustomerIoSimulator simulatorOf(int segment, long members) {
        return CustomerIoSimulator.builder()
                .dataset(Dataset.synthetic(segment, members, 42))
                .rateLimit(LIMIT)
                .requestLogSize(0)
                .build()
                .start();
    }

    /** A CamelContext whose component calls the simulator, every other option at its default. */
    private static CamelContext contextFor(CustomerIoSimulator simulator) {
        CamelContext context = new DefaultCamelContext();
        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(simulator.apiKey());
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        return context;
    }
}
