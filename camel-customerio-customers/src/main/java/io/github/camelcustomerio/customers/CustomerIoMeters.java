package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.CallObserver;
import io.github.camelcustomerio.customers.client.CallStatistics;
import io.github.camelcustomerio.customers.consumer.WalkStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * Micrometer meters for the component, registered when a {@link MeterRegistry} is bound in the Camel registry
 * (camel-micrometer, the Spring Boot actuator). Micrometer is optional: only {@link #bind} and {@link #bindWalks}
 * touch this class, and only once the endpoint has seen Micrometer on the classpath.
 */
final class CustomerIoMeters implements CallObserver, AutoCloseable {

    static final String REQUESTS = "customerio.customers.requests";
    static final String RETRIES = "customerio.customers.retries";
    static final String TOO_MANY_REQUESTS = "customerio.customers.too.many.requests";
    static final String RATE_LIMIT_WAIT = "customerio.customers.rate.limit.wait";
    static final String ITEMS_HANDED = "customerio.customers.items.handed";
    static final String WALKS = "customerio.customers.walks";

    private final MeterRegistry registry;
    private final Tags common;
    private final CallStatistics statistics;
    private final List<Meter> registered = new ArrayList<>();

    private CustomerIoMeters(MeterRegistry registry, Tags common, CallStatistics statistics) {
        this.registry = registry;
        this.common = common;
        this.statistics = statistics;
    }

    /** Meters the endpoint's calls; null when no MeterRegistry is bound. */
    static AutoCloseable bind(CustomerIoCustomersEndpoint endpoint) {
        MeterRegistry registry = registry(endpoint.getCamelContext());
        if (registry == null) {
            return null;
        }
        CustomerIoMeters meters = new CustomerIoMeters(
                registry,
                Tags.of("camelContext", endpoint.getCamelContext().getName()),
                endpoint.client().statistics());
        meters.statistics.addObserver(meters);
        return meters;
    }

    /** Meters a consumer's walks; null when no MeterRegistry is bound. */
    static AutoCloseable bindWalks(CustomerIoCustomersConsumer consumer, String routeId) {
        MeterRegistry registry = registry(consumer.getEndpoint().getCamelContext());
        WalkStatus status = consumer.walkStatus();
        if (registry == null || status == null) {
            return null;
        }
        Tags tags = Tags.of(
                "camelContext", consumer.getEndpoint().getCamelContext().getName(),
                "routeId", String.valueOf(routeId),
                "operation", consumer.getEndpoint().getOperation().name(),
                "mode", consumer.getConsumerMode());
        CustomerIoMeters meters = new CustomerIoMeters(registry, tags, null);
        meters.registered.add(FunctionCounter.builder(ITEMS_HANDED, status, WalkStatus::handedInAll)
                .description("Items handed to the route by the consumer")
                .tags(tags)
                .register(registry));
        meters.registered.add(FunctionTimer.builder(
                        WALKS, status, WalkStatus::walksCompleted, WalkStatus::walkNanosInAll, TimeUnit.NANOSECONDS)
                .description("Walks the consumer completed, and the time they took")
                .tags(tags)
                .register(registry));
        return meters;
    }

    private static MeterRegistry registry(CamelContext context) {
        return context.getRegistry().findSingleByType(MeterRegistry.class);
    }

    @Override
    public void attempted(CustomerIoOperation operation, int status, long nanos) {
        Timer.builder(REQUESTS)
                .description("Requests sent to the App API (retries included), by operation and HTTP status")
                .tags(common)
                .tag("operation", operation.name())
                .tag("status", status == 0 ? CallStatistics.NO_ANSWER : Integer.toString(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (status == 429) {
            counter(TOO_MANY_REQUESTS, "Requests the App API answered with 429 Too Many Requests", operation)
                    .increment();
        }
    }

    @Override
    public void retried(CustomerIoOperation operation) {
        counter(RETRIES, "Failed attempts sent again", operation).increment();
    }

    @Override
    public void waitedForSlot(CustomerIoOperation operation, long nanos) {
        Timer.builder(RATE_LIMIT_WAIT)
                .description("Time the requests waited for their slot under the workspace's rate limit")
                .tags(common)
                .tag("operation", operation.name())
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(String name, String description, CustomerIoOperation operation) {
        return Counter.builder(name)
                .description(description)
                .tags(common)
                .tag("operation", operation.name())
                .register(registry);
    }

    /** Stops metering: the endpoint or consumer stopped. Meters shared with other endpoints stay registered. */
    @Override
    public void close() {
        if (statistics != null) {
            statistics.removeObserver(this);
        }
        registered.forEach(registry::remove);
    }
}
