package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls without proxy options go through the JVM's proxy, which the planner asks about each host at most once per
 * refresh interval; what the JVM's settings say is followed once that interval has passed.
 */
class JvmProxyRoutePlannerTest {

    private static final HttpHost SERVICE = new HttpHost("https", "api.customer.io", 443);
    private static final HttpHost EU_SERVICE = new HttpHost("https", "api-eu.customer.io", 443);

    @Test
    void theSelectorIsAskedOncePerHostWithinTheInterval() throws Exception {
        ScriptedSelector selector = new ScriptedSelector();
        JvmProxyRoutePlanner planner = new JvmProxyRoutePlanner(selector, Duration.ofHours(1), System::nanoTime);

        for (int i = 0; i < 100; i++) {
            assertThat(route(planner, SERVICE).getProxyHost()).isNull();
        }
        assertThat(route(planner, EU_SERVICE).getProxyHost()).isNull();

        assertThat(selector.asked)
                .containsExactly(
                        URI.create("https://api.customer.io:443"), URI.create("https://api-eu.customer.io:443"));
    }

    @Test
    void aProxyTheJvmStartsUsingIsFollowedOnceTheIntervalHasPassed() throws Exception {
        ScriptedSelector selector = new ScriptedSelector();
        AtomicLong clock = new AtomicLong();
        JvmProxyRoutePlanner planner = new JvmProxyRoutePlanner(selector, Duration.ofMillis(50), clock::get);
        assertThat(route(planner, SERVICE).getProxyHost()).isNull();

        selector.answer = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.internal", 3128));
        clock.addAndGet(Duration.ofMillis(60).toNanos());
        HttpRoute route = route(planner, SERVICE);

        assertThat(route.getProxyHost()).isEqualTo(new HttpHost("proxy.internal", 3128));
        assertThat(route.getTargetHost()).isEqualTo(SERVICE);
        assertThat(selector.asked).hasSize(2);
    }

    private static HttpRoute route(JvmProxyRoutePlanner planner, HttpHost target) throws Exception {
        return planner.determineRoute(target, HttpClientContext.create());
    }

    /** Answers {@link #answer} for every URI, and records what it was asked. */
    private static final class ScriptedSelector extends ProxySelector {
        final List<URI> asked = new CopyOnWriteArrayList<>();
        volatile Proxy answer = Proxy.NO_PROXY;

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(answer);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    }
}
