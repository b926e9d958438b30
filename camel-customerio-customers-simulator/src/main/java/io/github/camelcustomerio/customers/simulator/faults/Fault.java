package io.github.camelcustomerio.customers.simulator.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;

/**
 * A misbehaviour to inject, built fluently: first what happens, then (optionally) to which requests.
 * <pre>{@code
 * Fault.status(503)                                   // every request answers 503 with an ErrorList
 * Fault.status(429).retryAfter(2).times(3)            // the next 3 requests answer 429 with Retry-After: 2
 * Fault.status(502).htmlBody().onRequest(5)           // the 5th request gets an HTML gateway page
 * Fault.dropConnection().fraction(0.05, 42)           // about 5% of requests, deterministically chosen
 * Fault.truncatedBody().matching("GET", "/v1/segments/7/membership")
 * }</pre>
 * Requests are counted from the moment the fault is added to the {@link FaultInjector}; the injector takes
 * a copy, so changing a {@code Fault} afterwards does not change an added one.
 */
public final class Fault {

    enum Kind {
        STATUS,
        DELAY,
        DROP_CONNECTION,
        TRUNCATED_BODY,
        GARBAGE_BODY,
        EMPTY_BODY,
        CONTENT_TYPE
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));
    private static final byte[] GARBAGE =
            "\u0000\u00ff<<<not json>>>\u0001{\"errors\": [".getBytes(StandardCharsets.ISO_8859_1);

    private final Kind kind;
    private int status;
    private Integer retryAfterSeconds;
    private boolean htmlBody;
    private Duration delay;
    private String contentType;
    private String method;
    private Pattern path;
    private long firstRequest = 1;
    private boolean singleRequest;
    private Long times;
    private double fraction = 1.0;
    private long fractionSeed;

    private Fault(Kind kind) {
        this.kind = kind;
    }

    /** Answers this HTTP status with an {@code ErrorList} body (for 429, the rate limiter's body). */
    public static Fault status(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("fault status must be from 200 to 599, not " + status);
        }
        Fault fault = new Fault(Kind.STATUS);
        fault.status = status;
        return fault;
    }

    /** Waits, then answers normally. */
    public static Fault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        Fault fault = new Fault(Kind.DELAY);
        fault.delay = delay;
        return fault;
    }

    /** Closes the connection without sending any response. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION);
    }

    /** Answers 200, {@code application/json}, with the first half of the answer the request would have had. */
    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY);
    }

    /** Answers 200, {@code application/json}, with bytes that are not JSON. */
    public static Fault garbageBody() {
        return new Fault(Kind.GARBAGE_BODY);
    }

    /** Answers 200, {@code application/json}, with no body at all. */
    public static Fault emptyBody() {
        return new Fault(Kind.EMPTY_BODY);
    }

    /** Answers 200 with this content type and a short text body. */
    public static Fault contentType(String contentType) {
        Fault fault = new Fault(Kind.CONTENT_TYPE);
        fault.contentType = Objects.requireNonNull(contentType, "contentType");
        return fault;
    }

    /** Adds a {@code Retry-After} header (whole seconds) to a status fault. */
    public Fault retryAfter(int seconds) {
        requireKind(Kind.STATUS, "retryAfter");
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After must not be negative");
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Makes a status fault answer an HTML gateway page ({@code text/html}) instead of JSON. */
    public Fault htmlBody() {
        requireKind(Kind.STATUS, "htmlBody");
        this.htmlBody = true;
        return this;
    }

    /** Only the n-th matching request (1-based) after the fault is added; with {@link #times} the k from there. */
    public Fault onRequest(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("request numbers start at 1");
        }
        this.firstRequest = n;
        this.singleRequest = true;
        return this;
    }

    /** At most the next k matching requests. */
    public Fault times(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        this.times = k;
        return this;
    }

    /** A pseudo-random share of matching requests, the same ones for the same seed and request order. */
    public Fault fraction(double share, long seed) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("fraction must be from 0 to 1");
        }
        this.fraction = share;
        this.fractionSeed = seed;
        return this;
    }

    /**
     * Only requests with this method ({@code null} for any) whose decoded path fully matches the regular
     * expression, for example {@code matching("GET", "/v1/segments/\\d+/membership")}.
     */
    public Fault matching(String httpMethod, String pathRegex) {
        this.method = httpMethod;
        this.path = pathRegex == null ? null : Pattern.compile(pathRegex);
        return this;
    }

    Fault copy() {
        Fault copy = new Fault(kind);
        copy.status = status;
        copy.retryAfterSeconds = retryAfterSeconds;
        copy.htmlBody = htmlBody;
        copy.delay = delay;
        copy.contentType = contentType;
        copy.method = method;
        copy.path = path;
        copy.firstRequest = firstRequest;
        copy.singleRequest = singleRequest;
        copy.times = times;
        copy.fraction = fraction;
        copy.fractionSeed = fractionSeed;
        return copy;
    }

    Kind kind() {
        return kind;
    }

    Duration delayDuration() {
        return delay;
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (path == null || path.matcher(requestPath).matches());
    }

    long firstRequest() {
        return firstRequest;
    }

    /** How many requests it may hit: as set by {@link #times}, else 1 after {@link #onRequest}, else unlimited. */
    long maxHits() {
        if (times != null) {
            return times;
        }
        return singleRequest ? 1 : Long.MAX_VALUE;
    }

    double share() {
        return fraction;
    }

    long seed() {
        return fractionSeed;
    }

    /** The answer of a status, garbage, empty or content-type fault. */
    ApiResponse response(int configuredRatePerSecond) {
        return switch (kind) {
            case STATUS -> statusResponse(configuredRatePerSecond);
            case GARBAGE_BODY -> new ApiResponse(200, ApiResponse.JSON, GARBAGE.clone(), Map.of());
            case EMPTY_BODY -> new ApiResponse(200, ApiResponse.JSON, new byte[0], Map.of());
            case CONTENT_TYPE -> ApiResponse.text(200, contentType, "Unexpected answer from an intermediary proxy.\n");
            default -> throw new IllegalStateException(kind + " answers through the normal pipeline");
        };
    }

    private ApiResponse statusResponse(int configuredRatePerSecond) {
        String reason = REASONS.getOrDefault(status, "HTTP " + status);
        ApiResponse response;
        if (htmlBody) {
            response = ApiResponse.text(
                    status,
                    "text/html; charset=utf-8",
                    "<html>\r\n<head><title>" + status + " "
                            + reason + "</title></head>\r\n<body>\r\n<center><h1>" + status + " " + reason
                            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        } else if (status == 429) {
            response = RateLimits.tooManyRequests(configuredRatePerSecond > 0 ? configuredRatePerSecond : 10);
        } else {
            response = ApiResponse.error(ApiException.withoutCode(status, reason.toLowerCase(Locale.ROOT)));
        }
        return retryAfterSeconds == null ? response : response.withHeader("Retry-After", retryAfterSeconds.toString());
    }

    private void requireKind(Kind expected, String option) {
        if (kind != expected) {
            throw new IllegalStateException(option + " applies to status faults only");
        }
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (kind == Kind.STATUS ? " " + status : "") + "]";
    }
}
