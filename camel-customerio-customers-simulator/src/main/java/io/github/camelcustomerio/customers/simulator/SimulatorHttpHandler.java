package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelcustomerio.customers.simulator.faults.FaultInjector;
import io.github.camelcustomerio.customers.simulator.faults.InjectedFault;
import io.github.camelcustomerio.customers.simulator.faults.RateLimits;
import io.github.camelcustomerio.customers.simulator.filter.InvalidFilterException;
import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;
import io.github.camelcustomerio.customers.simulator.http.IncomingRequest;
import io.github.camelcustomerio.customers.simulator.http.Router;

/**
 * The request pipeline: record, apply an injected fault, authenticate, route, rate-limit, answer.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SimulatorHttpHandler.class.getName());
    private static final String BEARER = "Bearer ";

    private final Router router;
    private final String apiKey;
    private final RateLimits rateLimits;
    private final FaultInjector faults;
    private final RequestLog log;

    SimulatorHttpHandler(Router router, String apiKey, RateLimits rateLimits, FaultInjector faults, RequestLog log) {
        this.router = router;
        this.apiKey = apiKey;
        this.rateLimits = rateLimits;
        this.faults = faults;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            IncomingRequest request = IncomingRequest.read(exchange);
            RequestLog.Entry entry = log.append(request);
            InjectedFault fault = faults.select(request.method(), request.path());
            if (fault == null) {
                send(exchange, answer(request, true), entry);
                return;
            }
            switch (fault.effect()) {
                // Closing an exchange before its headers were sent closes the TCP connection, with no response.
                case DROP_CONNECTION -> exchange.close();
                case DELAY -> {
                    if (pause(fault.delay())) {
                        send(exchange, answer(request, true), entry);
                    }
                }
                case TRUNCATED_BODY -> send(exchange, InjectedFault.truncate(answer(request, false)), entry);
                case ANSWER -> send(exchange, fault.answer(rateLimits.ratePerSecond()), entry);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client connection failed", e);
        } finally {
            exchange.close();
        }
    }

    /** The simulated App API's answer; {@code enforceRateLimit} is off for faults that reuse the real answer. */
    private ApiResponse answer(IncomingRequest request, boolean enforceRateLimit) {
        Router.Match match = null;
        try {
            authenticate(request);
            if (request.malformedUrl()) {
                throw ApiException.badRequest("malformed percent-encoding in the request URL");
            }
            match = router.resolve(request.method(), request.segments());
            if (enforceRateLimit && match.operation().rateLimited()) {
                ApiResponse limited = rateLimits.admit();
                if (limited != null) {
                    return limited;
                }
            }
            return match.handler().handle(new ApiRequest(match.operation(), match.pathParameters(), request));
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (InvalidFilterException e) {
            return ApiResponse.error(ApiException.invalidBody(e.pointer(), e.detail()));
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "failed to answer "
                            + (match == null ? "" : match.operation().operationId() + " ") + request.method() + " "
                            + request.path(),
                    e);
            return ApiResponse.error(ApiException.internalError("internal error: " + e.getMessage()));
        }
    }

    private void authenticate(IncomingRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw ApiException.unauthorized("missing Authorization header; send Authorization: Bearer <App API key>");
        }
        boolean bearer = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        if (!bearer || !authorization.substring(BEARER.length()).trim().equals(apiKey)) {
            throw ApiException.unauthorized("invalid App API key");
        }
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response, RequestLog.Entry entry) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::set);
        entry.answered(response.status());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
