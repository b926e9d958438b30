package io.github.camelcustomerio.customers.client;

import java.io.Closeable;
import java.io.IOException;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;

/**
 * The pooled Apache HttpClient 5 that every endpoint of one component shares. Connections are kept alive between
 * calls, idle ones are evicted, and the whole pool is closed when the component stops.
 */
public final class HttpTransport implements Closeable {

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;

    public HttpTransport(int maxConnections) {
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(RedactingConnection.FACTORY)
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                // retries are the component's own job: it knows which calls are safe to repeat
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                // honours the JVM's proxy settings (https.proxyHost, ...)
                .useSystemProperties()
                .build();
    }

    <T> T execute(HttpUriRequestBase request, HttpClientResponseHandler<T> handler) throws IOException {
        return client.execute(request, handler);
    }

    /** Connections leased, available and waited for: what a leak or an exhausted pool would show. */
    public PoolStats stats() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
