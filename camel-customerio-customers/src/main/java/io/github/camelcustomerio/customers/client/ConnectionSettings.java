package io.github.camelcustomerio.customers.client;

import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * How the component's one connection pool reaches the service, for all its endpoints.
 *
 * @param maxConnections   the most connections kept open
 * @param sslContext       the TLS set-up of HTTPS connections (trust, client certificate, protocols), or null for the
 *                         JVM's default
 * @param proxy            the HTTP proxy every call goes through, or null for the JVM's proxy settings
 *                         ({@code https.proxyHost}, ...)
 * @param builderCustomizer called with the HttpClient builder once the pool, TLS and proxy are set, before the
 *                         client is built
 */
public record ConnectionSettings(
        int maxConnections, SSLContext sslContext, ProxySettings proxy, Consumer<HttpClientBuilder> builderCustomizer) {

    public ConnectionSettings {
        if (builderCustomizer == null) {
            builderCustomizer = builder -> {};
        }
    }
}
