package io.github.camelcustomerio.customers.simulator.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import io.github.camelcustomerio.customers.simulator.http.ApiResponse;

/**
 * A {@link Fault} that hit a request, as the request pipeline sees it: what to do instead of, or to, the normal
 * answer. Internal: public only because the pipeline is in the root package; {@link Fault} itself keeps its
 * workings package-private.
 */
public final class InjectedFault {

    /** How the fault changes the exchange. */
    public enum Effect {
        /** Close the connection without an answer. */
        DROP_CONNECTION,
        /** Wait {@link #delay()}, then answer normally. */
        DELAY,
        /** Answer 200 with the first half of the normal answer: {@link #truncate}. */
        TRUNCATED_BODY,
        /** Answer {@link #answer} instead of the normal answer. */
        ANSWER
    }

    private final Fault fault;

    InjectedFault(Fault fault) {
        this.fault = fault;
    }

    public Effect effect() {
        return switch (fault.kind()) {
            case DROP_CONNECTION -> Effect.DROP_CONNECTION;
            case DELAY -> Effect.DELAY;
            case TRUNCATED_BODY -> Effect.TRUNCATED_BODY;
            default -> Effect.ANSWER;
        };
    }

    public Duration delay() {
        return fault.delayDuration();
    }

    /** The answer of a status, garbage, empty or content-type fault; a 429 names the configured rate. */
    public ApiResponse answer(int configuredRatePerSecond) {
        return fault.response(configuredRatePerSecond);
    }

    /** The first half of a real answer as a 200 JSON answer, so that it no longer parses. */
    public static ApiResponse truncate(ApiResponse real) {
        byte[] body = real.body().length < 2 ? new byte[] {'{'} : Arrays.copyOf(real.body(), real.body().length / 2);
        return new ApiResponse(200, ApiResponse.JSON, body, Map.of());
    }

    @Override
    public String toString() {
        return fault.toString();
    }
}
