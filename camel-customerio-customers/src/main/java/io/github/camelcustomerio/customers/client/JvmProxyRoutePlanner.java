package io.github.camelcustomerio.customers.client;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Routes calls through the JVM's proxy ({@code https.proxyHost}, {@code http.nonProxyHosts}, or whatever
 * {@link ProxySelector#setDefault} installed), asking the selector about a host at most once a second
 * ({@link #REFRESH}): HttpClient's own planner asks on every call, building and parsing a URI of the host and reading
 * the system properties, 6% of a {@code getSegment} call's time on the loopback. A change of the JVM's proxy settings
 * is seen within that interval.
 */
final class JvmProxyRoutePlanner extends SystemDefaultRoutePlanner {

    /** How long a host's proxy, as the selector answered, is used before the selector is asked again. */
    static final Duration REFRESH = Duration.ofSeconds(1);

    /** The proxy for a host (null: none), and when the selector said so. */
    private record Answer(HttpHost proxy, long askedAt) {}

    private final long refresh;
    private final LongSupplier nanoTime;
    private final Map<HttpHost, Answer> answers = new ConcurrentHashMap<>();

    /** The JVM's default selector, as it is at each question. */
    JvmProxyRoutePlanner() {
        this(null, REFRESH, System::nanoTime);
    }

    /**
     * @param selector the selector to ask, or null for the JVM's default at each question
     * @param nanoTime the clock that tells when the interval has passed, {@link System#nanoTime} but in tests
     */
    JvmProxyRoutePlanner(ProxySelector selector, Duration refresh, LongSupplier nanoTime) {
        super(selector);
        this.refresh = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) throws HttpException {
        long now = nanoTime.getAsLong();
        Answer answer = answers.get(target);
        if (answer == null || now - answer.askedAt() >= refresh) {
            answer = new Answer(super.determineProxy(target, context), now);
            answers.put(target, answer);
        }
        return answer.proxy();
    }
}
