package io.github.camelcustomerio.customers.client;

import java.time.Duration;

/**
 * How one endpoint talks to the service: where, with which key, how long it waits (a year at most) and how it
 * retries.
 *
 * @param baseUrl         the service root without a trailing slash, e.g. {@code https://api.customer.io}
 * @param apiKey          the App API key (masked in every string form)
 * @param connectTimeout  how long to wait for a connection
 * @param responseTimeout how long to wait for the answer once the request is sent (between two packets)
 * @param callTimeout     how long one call may take in all: attempts, retry delays and rate-limit waits
 * @param rateLimitWait   how long a call may wait for its slot under the rate limit
 * @param retryPolicy     which failed attempts are sent again
 * @param maxResponseSize the longest answer body read, in bytes
 * @param userAgent       the User-Agent header
 */
public record ClientSettings(
        String baseUrl,
        ApiKey apiKey,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration callTimeout,
        Duration rateLimitWait,
        RetryPolicy retryPolicy,
        int maxResponseSize,
        String userAgent) {

    /**
     * The longest wait any setting gives: a year. A longer one (a huge value meant as "no limit") would overflow the
     * clock arithmetic of every call.
     */
    public static final Duration LONGEST_WAIT = Duration.ofDays(365);

    public ClientSettings {
        connectTimeout = atMostAYear(connectTimeout);
        responseTimeout = atMostAYear(responseTimeout);
        callTimeout = atMostAYear(callTimeout);
        rateLimitWait = atMostAYear(rateLimitWait);
        if (maxResponseSize < 1) {
            throw new IllegalArgumentException(
                    "customerio-customers: maxResponseSize must be at least 1 byte; got " + maxResponseSize);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The duration, or {@link #LONGEST_WAIT} if it is longer. */
    static Duration atMostAYear(Duration duration) {
        return duration.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : duration;
    }
}
