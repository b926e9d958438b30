package io.github.camelcustomerio.customers.simulator.http;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Maps a method and decoded path to an operation and its handler; 404 for unknown paths, 405 for wrong methods. */
public final class Router {

    public record Match(Operation operation, OperationHandler handler, Map<String, String> pathParameters) {}

    private final Map<Operation, OperationHandler> handlers;

    public Router(Map<Operation, OperationHandler> handlers) {
        if (handlers.size() != Operation.values().length) {
            throw new IllegalArgumentException("every operation needs a handler");
        }
        this.handlers = new EnumMap<>(handlers);
    }

    public Match resolve(String method, List<String> pathSegments) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Map.Entry<Operation, OperationHandler> route : handlers.entrySet()) {
            Map<String, String> parameters = route.getKey().path().match(pathSegments);
            if (parameters == null) {
                continue;
            }
            if (route.getKey().method().equals(method)) {
                return new Match(route.getKey(), route.getValue(), parameters);
            }
            allowed.add(route.getKey().method());
        }
        if (!allowed.isEmpty()) {
            throw ApiException.methodNotAllowed(String.join(", ", allowed));
        }
        throw ApiException.notFound("no App API operation at /" + String.join("/", pathSegments));
    }
}
