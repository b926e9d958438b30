package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.client.CallStatistics;
import io.github.camelcustomerio.customers.client.CustomerIoClient;
import io.github.camelcustomerio.customers.client.RateLimiter;
import io.github.camelcustomerio.customers.consumer.WalkStatus;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.TimeUtils;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code customerio-customers} developer console: per workspace the rate limiter's state, per consumer its walk
 * in progress and its last completed walk, per producer endpoint its calls. Shown by Camel JBang
 * ({@code camel get customerio-customers}), Hawtio and the Spring Boot actuator. A workspace shows as its base URL and
 * a fingerprint of its key, never the key.
 */
@DevConsole(
        name = "customerio-customers",
        displayName = "Customer.io Customers",
        description = "Customer.io App API workspaces, consumers' walks and producers' calls")
public class CustomerIoCustomersDevConsole extends AbstractDevConsole {

    public CustomerIoCustomersDevConsole() {
        super("camel", "customerio-customers", "Customer.io Customers", "Customer.io App API");
    }

    /** A started endpoint, its client, and the route it consumes for (null for a producer endpoint). */
    private record Started(CustomerIoCustomersEndpoint endpoint, CustomerIoClient client, Route route) {

        String workspace() {
            return client.settings().baseUrl() + " key "
                    + client.settings().apiKey().fingerprint();
        }
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        List<Started> started = startedEndpoints();
        Map<String, RateLimiter> workspaces = workspaces(started);
        workspaces.forEach((workspace, limiter) -> {
            text.append(String.format("Workspace: %s%n", workspace));
            Map<String, Object> figures = limiterJson(limiter);
            text.append(String.format(
                    "    Rate limit: %s requests/s (now %s), current wait %d ms, queue %d, 429s %d,"
                            + " paused by Retry-After %d ms%n",
                    figures.get("limit"),
                    figures.get("currentRate"),
                    limiter.currentWaitMillis(),
                    limiter.queueLength(),
                    limiter.tooManyRequestsSeen(),
                    limiter.retryAfterPauseMillis()));
        });
        for (Started each : started) {
            text.append(System.lineSeparator());
            if (each.route() != null && each.route().getConsumer() instanceof CustomerIoCustomersConsumer consumer) {
                text.append(String.format(
                        "Consumer: %s (route %s, mode %s)%n",
                        consumer.getTarget(), each.route().getRouteId(), consumer.getMode()));
                text.append(String.format("    Workspace: %s%n", each.workspace()));
                appendWalks(text, consumer.walkStatus());
                if (consumer.getLastErrorAt() != null) {
                    text.append(String.format(
                            "    Last error: %s at %s%n", consumer.getLastErrorMessage(), consumer.getLastErrorAt()));
                }
            } else {
                text.append(String.format("Producer: %s%n", uri(each.endpoint())));
                text.append(String.format("    Workspace: %s%n", each.workspace()));
            }
            CallStatistics calls = each.client().statistics();
            text.append(String.format(
                    "    Calls: %d (failed %d %s), requests %d, retries %d, 429s %d, rate-limit wait %d ms%n",
                    calls.calls(),
                    calls.failures(),
                    calls.failuresByStatus(),
                    calls.attempts(),
                    calls.retries(),
                    calls.tooManyRequests(),
                    calls.rateLimitWaitMillis()));
        }
        return text.toString();
    }

    private static void appendWalks(StringBuilder text, WalkStatus status) {
        if (status == null) {
            return;
        }
        WalkStatus.WalkInProgress walk = status.inProgress();
        if (walk == null) {
            text.append(String.format("    Walk in progress: none%n"));
        } else {
            text.append(String.format(
                    "    Walk in progress: page %d, %d items read, %d handed (%d joined, %d left), %d items/s,"
                            + " started %s%s%n",
                    walk.pages(),
                    walk.items(),
                    walk.handed(),
                    walk.joined(),
                    walk.left(),
                    walk.itemsPerSecond(),
                    walk.startedAt(),
                    walk.estimatedEnd() == null
                            ? ""
                            : ", " + walk.expectedItems() + " items expected, estimated end " + walk.estimatedEnd()));
        }
        WalkStatus.CompletedWalk last = status.lastCompleted();
        if (last != null) {
            text.append(String.format(
                    "    Last walk: started %s, took %s, %d pages, %d items read, %d handed (%d joined, %d left);"
                            + " %d walks completed%n",
                    last.startedAt(),
                    TimeUtils.printDuration(last.duration(), true),
                    last.pages(),
                    last.items(),
                    last.handed(),
                    last.joined(),
                    last.left(),
                    status.walksCompleted()));
        }
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<Started> started = startedEndpoints();
        List<JsonObject> workspaces = new ArrayList<>();
        workspaces(started).forEach((workspace, limiter) -> {
            JsonObject json = new JsonObject();
            Started first = started.stream()
                    .filter(each -> each.workspace().equals(workspace))
                    .findFirst()
                    .orElseThrow();
            json.put("baseUrl", first.client().settings().baseUrl());
            json.put("keyFingerprint", first.client().settings().apiKey().fingerprint());
            json.put("rateLimiter", limiterJson(limiter));
            workspaces.add(json);
        });
        root.put("workspaces", workspaces);
        List<JsonObject> consumers = new ArrayList<>();
        List<JsonObject> producers = new ArrayList<>();
        for (Started each : started) {
            JsonObject json = new JsonObject();
            if (each.route() != null && each.route().getConsumer() instanceof CustomerIoCustomersConsumer consumer) {
                json.put("routeId", each.route().getRouteId());
                json.put("operation", each.endpoint().getOperation().name());
                json.put("target", consumer.getTarget());
                json.put("mode", String.valueOf(consumer.getMode()));
                json.put("keyFingerprint", each.client().settings().apiKey().fingerprint());
                WalkStatus status = consumer.walkStatus();
                if (status != null) {
                    // absent between walks, and before the first walk completes
                    WalkStatus.WalkInProgress walk = status.inProgress();
                    if (walk != null) {
                        json.put("walkInProgress", walkJson(walk));
                    }
                    WalkStatus.CompletedWalk last = status.lastCompleted();
                    if (last != null) {
                        json.put("lastWalk", walkJson(last));
                    }
                    json.put("walksCompleted", status.walksCompleted());
                    json.put("itemsHanded", status.handedInAll());
                }
                if (consumer.getLastErrorAt() != null) {
                    json.put("lastError", consumer.getLastErrorMessage());
                    json.put("lastErrorAt", consumer.getLastErrorAt().toString());
                }
                json.put("calls", callsJson(each.client().statistics()));
                consumers.add(json);
            } else {
                json.put("uri", uri(each.endpoint()));
                json.put("operation", each.endpoint().getOperation().name());
                json.put("keyFingerprint", each.client().settings().apiKey().fingerprint());
                json.put("calls", callsJson(each.client().statistics()));
                producers.add(json);
            }
        }
        root.put("consumers", consumers);
        root.put("producers", producers);
        return root;
    }

    /** The started endpoints of this component, each with the route it consumes for, if any. */
    private List<Started> startedEndpoints() {
        Map<Endpoint, Route> consumed = new LinkedHashMap<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof CustomerIoCustomersConsumer) {
                consumed.put(route.getEndpoint(), route);
            }
        }
        List<Started> started = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof CustomerIoCustomersEndpoint ours && ours.client() != null) {
                started.add(new Started(ours, ours.client(), consumed.get(endpoint)));
            }
        }
        return started;
    }

    private static Map<String, RateLimiter> workspaces(List<Started> started) {
        Map<String, RateLimiter> workspaces = new LinkedHashMap<>();
        started.forEach(
                each -> workspaces.putIfAbsent(each.workspace(), each.client().rateLimiter()));
        return workspaces;
    }

    private static Map<String, Object> limiterJson(RateLimiter limiter) {
        JsonObject json = new JsonObject();
        json.put("limit", RateLimiter.format(limiter.requestsPerSecond()));
        json.put("currentRate", RateLimiter.format(Math.round(limiter.currentRate() * 100) / 100.0));
        json.put("currentWaitMillis", limiter.currentWaitMillis());
        json.put("queueLength", limiter.queueLength());
        json.put("tooManyRequests", limiter.tooManyRequestsSeen());
        json.put("retryAfterPauseMillis", limiter.retryAfterPauseMillis());
        return json;
    }

    private static JsonObject callsJson(CallStatistics calls) {
        JsonObject json = new JsonObject();
        json.put("calls", calls.calls());
        json.put("requests", calls.attempts());
        json.put("failures", calls.failures());
        json.put("failuresByStatus", new JsonObject(new LinkedHashMap<>(calls.failuresByStatus())));
        json.put("retries", calls.retries());
        json.put("tooManyRequests", calls.tooManyRequests());
        json.put("rateLimitWaitMillis", calls.rateLimitWaitMillis());
        return json;
    }

    private static JsonObject walkJson(WalkStatus.WalkInProgress walk) {
        JsonObject json = new JsonObject();
        json.put("startedAt", walk.startedAt().toString());
        json.put("pages", walk.pages());
        json.put("items", walk.items());
        json.put("handed", walk.handed());
        json.put("joined", walk.joined());
        json.put("left", walk.left());
        json.put("itemsPerSecond", walk.itemsPerSecond());
        if (walk.expectedItems() >= 0) {
            json.put("expectedItems", walk.expectedItems());
        }
        if (walk.estimatedEnd() != null) {
            json.put("estimatedEnd", walk.estimatedEnd().toString());
        }
        return json;
    }

    private static JsonObject walkJson(WalkStatus.CompletedWalk walk) {
        JsonObject json = new JsonObject();
        json.put("startedAt", walk.startedAt().toString());
        json.put("durationMillis", walk.duration().toMillis());
        json.put("pages", walk.pages());
        json.put("items", walk.items());
        json.put("handed", walk.handed());
        json.put("joined", walk.joined());
        json.put("left", walk.left());
        return json;
    }

    private static String uri(Endpoint endpoint) {
        return URISupport.sanitizeUri(endpoint.getEndpointUri());
    }
}
