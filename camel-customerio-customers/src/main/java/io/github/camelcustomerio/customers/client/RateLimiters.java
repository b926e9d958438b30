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

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** The workspace's limiter; the rate of the first endpoint to ask wins, later differing ones are told. */
    public RateLimiter forWorkspace(String baseUrl, ApiKey apiKey, int requestsPerSecond) {
        if (requestsPerSecond <= 0) {
            return RateLimiter.UNLIMITED;
        }
        RateLimiter limiter = limiters.computeIfAbsent(
                baseUrl + " " + apiKey.fingerprint(), key -> new RateLimiter(requestsPerSecond));
        if (limiter.requestsPerSecond() != requestsPerSecond) {
            LOG.warn(
                    "An endpoint asks for rateLimit={} to {}, which already shares a limit of {} requests per second"
                            + " with other endpoints of the same workspace; keeping {}",
                    requestsPerSecond,
                    baseUrl,
                    limiter.requestsPerSecond(),
                    limiter.requestsPerSecond());
        }
        return limiter;
    }
}
