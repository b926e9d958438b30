package io.github.camelcustomerio.customers.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;

/**
 * The pooled Apache HttpClient 5 that every endpoint of one component shares. Connections are kept alive between
 * calls, checked before reuse after a pause, idle ones evicted, and the whole pool closed when the component stops.
 * A call that runs past its deadline is aborted, however slowly the server trickles its answer. TLS and the proxy are
 * the JVM's unless {@link ConnectionSettings} say otherwise.
 */
public final class HttpTransport implements Closeable {

    /** The call was aborted because its deadline passed. */
    public static final class CallTimeoutException extends InterruptedIOException {

        private static final long serialVersionUID = 1L;

        CallTimeoutException(String message) {
            super(message);
        }
    }

    /**
     * How often the calls in flight are checked against their deadlines: a call is aborted at most this late. A
     * timer per call (schedule, then cancel) cost a wake-up of the timer thread on every call, a tenth of a fast
     * call's time on two cores; a set of calls in flight costs two hash operations.
     */
    static final long DEADLINE_CHECK_MILLIS = 50;

    /** A call in flight: its request, and when it must be aborted. */
    private static final class InFlight {
        final HttpUriRequestBase request;
        final long deadline;
        volatile boolean timedOut;

        InFlight(HttpUriRequestBase request, long deadline) {
            this.request = request;
            this.deadline = deadline;
        }
    }

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final ProxySettings proxy;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "customerio-customers-call-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    public HttpTransport(ConnectionSettings settings) {
        this.proxy = settings.proxy();
        PoolingHttpClientConnectionManagerBuilder poolBuilder = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(RedactingConnection.FACTORY)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                // a connection the server closed while pooled is noticed before a request is written to it
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (settings.sslContext() != null) {
            // host names are still verified: the context decides whom to trust, not which host it may be
            poolBuilder.setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.sslContext()));
        }
        this.pool = poolBuilder.build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                // retries are the component's own job: it knows which calls are safe to repeat
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                // honours the JVM's proxy settings (https.proxyHost, ...) unless a proxy is set below
                .useSystemProperties();
        if (proxy != null) {
            useProxy(builder, proxy);
        } else {
            builder.setRoutePlanner(new JvmProxyRoutePlanner());
        }
        try {
            settings.builderCustomizer().accept(builder);
            this.client = builder.build();
        } catch (RuntimeException e) {
            pool.close(CloseMode.IMMEDIATE);
            throw e;
        }
        deadlines.scheduleWithFixedDelay(
                this::abortLateCalls, DEADLINE_CHECK_MILLIS, DEADLINE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Routes every call through the proxy. Its credentials are scoped to the proxy's address, so they answer its
     * {@code 407} challenges only: a {@code 401} of the service never gets them.
     */
    private static void useProxy(HttpClientBuilder builder, ProxySettings proxy) {
        builder.setProxy(new HttpHost("http", proxy.host(), proxy.port()));
        if (proxy.hasCredentials()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    new AuthScope(proxy.host(), proxy.port()),
                    new UsernamePasswordCredentials(proxy.username(), proxy.password()));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

    /** The proxy every call goes through, or null when the JVM's proxy settings decide. */
    public ProxySettings proxy() {
        return proxy;
    }

    /** Executes the request, aborting it if it is still running {@code timeoutNanos} from now. */
    <T> T execute(HttpUriRequestBase request, HttpClientResponseHandler<T> handler, long timeoutNanos)
            throws IOException {
        if (timeoutNanos <= 0) {
            throw new CallTimeoutException("no time left for another attempt");
        }
        InFlight call = new InFlight(request, System.nanoTime() + timeoutNanos);
        inFlight.add(call);
        try {
            return client.execute(request, handler);
        } catch (IOException e) {
            if (call.timedOut) {
                throw new CallTimeoutException("aborted at the call deadline");
            }
            throw e;
        } finally {
            inFlight.remove(call);
        }
    }

    /** Aborts the calls whose deadline has passed (at most {@link #DEADLINE_CHECK_MILLIS} late). */
    private void abortLateCalls() {
        if (inFlight.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (InFlight call : inFlight) {
            if (now - call.deadline >= 0 && !call.timedOut) {
                call.timedOut = true;
                call.request.cancel();
            }
        }
    }

    /** Connections leased, available and waited for: what a leak or an exhausted pool would show. */
    public PoolStats stats() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
