package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoProxyAuthenticationException;
import io.github.camelcustomerio.customers.api.CustomerIoRateLimitException;
import io.github.camelcustomerio.customers.api.CustomerIoTransportException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to one workspace over the shared {@link HttpTransport}: authentication, JSON bodies,
 * the workspace's rate limit, retries of what is safe to repeat, and timeouts per attempt and per call. What a
 * response says is read by {@link ApiResponse}, what an error answer says by {@link ErrorList}.
 */
public final class CustomerIoClient {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerIoClient.class);
    private static final ContentType JSON = ContentType.create("application/json");

    private final HttpTransport transport;
    private final ClientSettings settings;
    private final RateLimiter rateLimiter;
    private final RequestConfig requestConfig;
    private final CallStatistics statistics = new CallStatistics();
    /** The service root, parsed once: a request only puts its path and query after the root's path. */
    private final URI root;

    private final String rootPath;

    @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints sharing one pool differ
    public CustomerIoClient(HttpTransport transport, ClientSettings settings, RateLimiter rateLimiter) {
        this.transport = transport;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.root = URI.create(settings.baseUrl());
        this.rootPath = root.getRawPath() == null ? "" : root.getRawPath();
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .build();
    }

    public ClientSettings settings() {
        return settings;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** What this client's calls came to so far. */
    public CallStatistics statistics() {
        return statistics;
    }

    /**
     * Sends the request, retrying what the {@link RetryPolicy} allows within the call timeout, and answers the 2xx
     * response. Otherwise it fails with a {@link CustomerIoApiException} (error answer), a
     * {@link CustomerIoTransportException} (I/O failure or timeout) or a {@link CustomerIoRateLimitException} (no
     * slot under the rate limit in time), each carrying the number of attempts made. The 2xx answer's body is read
     * into {@code buffer}: it is valid until the next answer is read into it.
     */
    public ApiResponse send(ApiRequest request, PageBuffer buffer) {
        CustomerIoOperation operation = request.operation();
        long deadline = System.nanoTime() + settings.callTimeout().toNanos();
        statistics.called();
        for (int attempt = 1; ; attempt++) {
            awaitSlot(operation, attempt, deadline);
            ApiResponse response = null;
            IOException failure = null;
            long started = System.nanoTime();
            try {
                response = transport.execute(
                        toHttpRequest(request),
                        answer -> ApiResponse.from(answer, buffer, settings.maxResponseSize()),
                        deadline - started);
            } catch (IOException e) {
                failure = e;
            }
            int status = response == null ? 0 : response.status();
            statistics.attempted(operation, status, System.nanoTime() - started);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "{} {} attempt {}: {} in {} ms",
                        operation.name(),
                        request,
                        attempt,
                        response != null ? "HTTP " + response.status() : describe(failure),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            if (response != null && response.isSuccess()) {
                return response.afterAttempts(attempt);
            }
            if (response != null && response.status() == 429) {
                // the service's limit counts the whole workspace: every caller waits and slows down, not only this one
                Long retryAfter = response.retryAfterSeconds();
                rateLimiter.tooManyRequests(
                        retryAfter == null ? 0 : TimeUnit.SECONDS.toNanos(RetryPolicy.honoured(retryAfter)));
            }
            RetryPolicy.Verdict verdict = response != null
                    ? settings.retryPolicy().afterAnswer(operation, attempt, response)
                    : settings.retryPolicy().afterFailure(operation, attempt, failure);
            long delayNanos = TimeUnit.MILLISECONDS.toNanos(verdict.delayMillis());
            boolean inTime = System.nanoTime() + delayNanos < deadline;
            if (!verdict.retry() || !inTime) {
                statistics.failed(status);
                throw finalFailure(request, attempt, response, failure, verdict.retry() && !inTime);
            }
            LOG.debug(
                    "{} attempt {} failed ({}); retrying in {} ms",
                    operation.name(),
                    attempt,
                    verdict.reason(),
                    verdict.delayMillis());
            statistics.retried(operation);
            pause(operation, attempt, delayNanos);
        }
    }

    private void awaitSlot(CustomerIoOperation operation, int attempt, long deadline) {
        long maxWait = Math.min(settings.rateLimitWait().toNanos(), deadline - System.nanoTime());
        try {
            long asked = System.nanoTime();
            boolean acquired = rateLimiter.acquire(maxWait);
            statistics.waitedForSlot(operation, System.nanoTime() - asked);
            if (!acquired) {
                statistics.failed(CallStatistics.NO_SLOT);
                throw new CustomerIoRateLimitException(
                        operation,
                        attempt - 1,
                        operation.name()
                                + " found no request slot under the rate limit of "
                                + RateLimiter.format(rateLimiter.requestsPerSecond())
                                + " requests per second within " + TimeUnit.NANOSECONDS.toMillis(Math.max(0, maxWait))
                                + " ms: too many calls are queued for this workspace");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CustomerIoTransportException(
                    operation,
                    attempt - 1,
                    operation.name() + " was interrupted while waiting for its turn under the rate limit",
                    e);
        }
    }

    private static void pause(CustomerIoOperation operation, int attempt, long delayNanos) {
        try {
            RateLimiter.waitUntil(System.nanoTime() + delayNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CustomerIoTransportException(
                    operation, attempt, operation.name() + " was interrupted while waiting to retry", e);
        }
    }

    private CustomerIoException finalFailure(
            ApiRequest request, int attempts, ApiResponse response, IOException failure, boolean outOfTime) {
        CustomerIoOperation operation = request.operation();
        if (response != null && response.status() == 407) {
            return proxyRefused(operation, attempts, response);
        }
        if (response != null) {
            return ErrorList.exception(operation, attempts, response);
        }
        String timing = outOfTime
                ? " (no time left within callTimeout " + settings.callTimeout().toMillis() + " ms to retry)"
                : "";
        ProxySettings proxy = transport.proxy();
        String route = proxy == null ? "" : " through the proxy " + proxy.address();
        String hint = failure instanceof SSLException
                ? "; to trust a private CA (or a TLS-inspecting proxy's), set the component's sslContextParameters"
                : "";
        String message;
        if (failure instanceof HttpTransport.CallTimeoutException) {
            message = operation.name() + " did not complete within callTimeout "
                    + settings.callTimeout().toMillis() + " ms (" + attempts
                    + (attempts == 1 ? " attempt)" : " attempts)");
        } else if (failure instanceof AnswerTooLargeException) {
            message = operation.name() + " received an answer too long to read from " + settings.baseUrl() + route
                    + ": " + failure.getMessage();
        } else {
            message = operation.name() + " could not reach " + settings.baseUrl() + route + ": " + describe(failure)
                    + " after " + attempts + (attempts == 1 ? " attempt" : " attempts") + timing + hint;
        }
        return new CustomerIoTransportException(operation, attempts, message, failure);
    }

    /** A 407: the proxy, not the service, refused the call. */
    private CustomerIoProxyAuthenticationException proxyRefused(
            CustomerIoOperation operation, int attempts, ApiResponse response) {
        ProxySettings proxy = transport.proxy();
        return new CustomerIoProxyAuthenticationException(
                operation,
                attempts,
                response.reasonPhrase(),
                response.body().text(),
                proxy != null ? proxy.address() : "chosen by the JVM's proxy settings (https.proxyHost, ...)",
                proxy != null && proxy.hasCredentials());
    }

    private HttpUriRequestBase toHttpRequest(ApiRequest request) throws JsonProcessingException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), root);
        // already percent-encoded: set as it is, rather than parsed into a URI again for every call
        http.setPath(rootPath + request.pathAndQuery());
        http.setConfig(requestConfig);
        http.setHeader(HttpHeaders.AUTHORIZATION, settings.apiKey().bearer());
        http.setHeader(HttpHeaders.ACCEPT, "application/json");
        http.setHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(Json.mapper().writeValueAsBytes(request.body()), JSON));
        }
        return http;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
