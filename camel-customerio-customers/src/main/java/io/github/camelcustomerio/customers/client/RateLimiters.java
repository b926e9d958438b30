package io.github.camelcustomerio.customers.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link RateLimiter} per workspace (base URL and API key), shared by every endpoint, producer and consumer of a
 * component, since the service counts the requests of a workspace, not of an endpoint.
 */
public final class RateLimiters {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiters.class);

    /** The highest rateLimit: a thousand times what the App API allows. */
    public static final int MAX_RATE_LIMIT = 10_000;

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /**
     * The workspace's limiter on this node: {@code rateLimit} requests per second for the workspace, of which this
     * node takes its part when {@code nodes} nodes share it. The rate of the first endpoint to ask wins, later
     * differing ones are told.
     */
    public RateLimiter forWorkspace(String baseUrl, ApiKey apiKey, int rateLimit, int nodes) {
        if (rateLimit <= 0) {
            return RateLimiter.UNLIMITED;
        }
        if (rateLimit > MAX_RATE_LIMIT) {
            // the limiter keeps a slot per request of its one-second window
            throw new IllegalArgumentException("customerio-customers: rateLimit must be at most " + MAX_RATE_LIMIT
                    + " requests per second (the App API allows 10; 0 turns the limiter off); got " + rateLimit);
        }
        double share = (double) rateLimit / Math.max(1, nodes);
        RateLimiter limiter =
                limiters.computeIfAbsent(baseUrl + " " + apiKey.fingerprint(), key -> new RateLimiter(share));
        if (limiter.requestsPerSecond() != share) {
            LOG.warn(
                    "An endpoint asks for {} requests per second to {}, which already shares a limit of {} requests"
                            + " per second with other endpoints of the same workspace; keeping {}",
                    RateLimiter.format(share),
                    baseUrl,
                    RateLimiter.format(limiter.requestsPerSecond()),
                    RateLimiter.format(limiter.requestsPerSecond()));
        }
        return limiter;
    }
}
