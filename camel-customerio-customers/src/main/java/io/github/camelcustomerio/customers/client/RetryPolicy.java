package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Which failed attempts are sent again, and after how long. A 429 always is (the service did not act), after the
 * Retry-After it gives or, without one (a daily quota), after a backoff. Server errors, resets and response
 * timeouts are ambiguous (the service may have acted), so they are repeated only for calls that are safe to
 * repeat: reads, the read-only searches and the idempotent delete, never createManSegment. Failures to connect
 * prove nothing was sent and are repeated for every call. Backoff is exponential with jitter.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);

    /**
     * The longest Retry-After honoured, in seconds: a longer one (a broken or hostile answer may say years) holds the
     * workspace's callers for an hour, after which the next call asks again. Without a bound, one answer could stop
     * every call of the application until it restarts.
     */
    public static final long LONGEST_RETRY_AFTER_SECONDS = 3600;

    public RetryPolicy {
        initialBackoff = ClientSettings.atMostAYear(initialBackoff);
        maxBackoff = ClientSettings.atMostAYear(maxBackoff);
    }

    /** Never retries. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    /** The verdict on one failed attempt: retry after a delay, or give up, and why. */
    public record Verdict(boolean retry, long delayMillis, String reason) {}

    /** After an error answer. */
    public Verdict afterAnswer(CustomerIoOperation operation, int attempt, ApiResponse response) {
        int status = response.status();
        String reason = "HTTP " + status + (response.reasonPhrase() == null ? "" : " " + response.reasonPhrase());
        if (status == 429) {
            Long retryAfter = response.retryAfterSeconds();
            return retryAfter != null
                    ? decide(
                            attempt,
                            Duration.ofSeconds(honoured(retryAfter)).toMillis(),
                            reason + ", Retry-After " + retryAfter + " s")
                    : decide(attempt, backoff(attempt), reason + " without Retry-After");
        }
        if (SERVER_ERRORS.contains(status)) {
            return safeToRepeat(operation)
                    ? decide(attempt, backoff(attempt), reason)
                    : new Verdict(false, 0, reason + ", and " + operation.name() + " may have been done");
        }
        return new Verdict(false, 0, reason);
    }

    /** After an I/O failure. */
    public Verdict afterFailure(CustomerIoOperation operation, int attempt, IOException failure) {
        String reason =
                failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (failure instanceof SSLException || failure instanceof AnswerTooLargeException) {
            return new Verdict(false, 0, reason);
        }
        if (nothingWasSent(failure)) {
            return decide(attempt, backoff(attempt), reason);
        }
        if (failure instanceof InterruptedIOException && !(failure instanceof java.net.SocketTimeoutException)) {
            return new Verdict(false, 0, reason);
        }
        return safeToRepeat(operation)
                ? decide(attempt, backoff(attempt), reason)
                : new Verdict(false, 0, reason + ", and " + operation.name() + " may have been done");
    }

    /** The part of a Retry-After (seconds) that is waited out: at most {@link #LONGEST_RETRY_AFTER_SECONDS}. */
    public static long honoured(long retryAfterSeconds) {
        return Math.min(retryAfterSeconds, LONGEST_RETRY_AFTER_SECONDS);
    }

    private Verdict decide(int attempt, long delayMillis, String reason) {
        return attempt <= maxRetries
                ? new Verdict(true, delayMillis, reason)
                : new Verdict(false, 0, reason + " (gave up after " + attempt + " attempts)");
    }

    private static boolean safeToRepeat(CustomerIoOperation operation) {
        return operation.effect() != CustomerIoOperation.Effect.WRITE;
    }

    private static boolean nothingWasSent(IOException failure) {
        return failure instanceof ConnectException
                || failure instanceof ConnectTimeoutException
                || failure instanceof UnknownHostException;
    }

    /** Exponential backoff with "equal jitter": between half and all of initial * 2^(attempt-1), capped. */
    long backoff(int attempt) {
        long ceiling = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(20, attempt - 1));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}
