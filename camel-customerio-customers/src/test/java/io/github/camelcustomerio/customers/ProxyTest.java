package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.ForwardingProxy.Seen;
import io.github.camelcustomerio.customers.api.CustomerIoProxyAuthenticationException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls through an HTTP proxy that requires Basic credentials: plain HTTP targets are forwarded (the request in
 * absolute form), HTTPS ones tunnelled with CONNECT. The proxy answers 407 first; HttpClient answers the challenge
 * with proxyAuthUsername and proxyAuthPassword, which reach the proxy only.
 */
class ProxyTest extends SimulatorTestSupport {

    static final String PROXY_USER = "camel";
    static final String PROXY_PASSWORD = "pr0xy-s3cret-7f2a";

    private ForwardingProxy proxy;
    private int segmentId;

    @BeforeEach
    void startProxy() throws IOException {
        proxy = ForwardingProxy.requiring(PROXY_USER, PROXY_PASSWORD);
        segmentId = manualSegmentOf(2);
    }

    @AfterEach
    void stopProxy() throws IOException {
        proxy.close();
    }

    private CustomerIoCustomersComponent component() {
        return context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
    }

    private void throughTheProxyAs(String username, String password) {
        component().setProxyHost(proxy.host());
        component().setProxyPort(proxy.port());
        component().setProxyAuthUsername(username);
        component().setProxyAuthPassword(password);
    }

    private String simulatorAddress(CustomerIoSimulator simulator) {
        return simulator.host() + ":" + simulator.port();
    }

    @Test
    void aCallGoesThroughTheProxyWhichSeesItsTarget() {
        throughTheProxyAs(PROXY_USER, PROXY_PASSWORD);

        Map<?, ?> answer =
                template.requestBody("customerio-customers:getSegment?segmentId=" + segmentId, null, Map.class);

        assertThat(answer)
                .extracting("segment")
                .satisfies(segment -> assertThat((Map<String, Object>) segment).containsEntry("id", segmentId));
        String target = simulatorAddress(simulator);
        assertThat(proxy.seen())
                .as("challenged first, then let through with the credentials")
                .containsExactly(new Seen("GET", target, false), new Seen("GET", target, true));
        assertThat(requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/segments/" + segmentId);
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + simulator.apiKey());
            assertThat(request.header("Proxy-Authorization"))
                    .as("the proxy's credentials stop at the proxy")
                    .isNull();
        });
    }

    @Test
    void aPostWithAJsonBodyIsSentAgainWithTheCredentials() throws Exception {
        throughTheProxyAs(PROXY_USER, PROXY_PASSWORD);
        String filter = "{\"segment\":{\"id\":" + segmentId + "}}";

        Map<?, ?> answer = template.requestBody("customerio-customers:getPeopleFilter", filter, Map.class);

        assertThat(answer.get("ids")).isEqualTo(List.of("user-1", "user-2"));
        String target = simulatorAddress(simulator);
        assertThat(proxy.seen()).containsExactly(new Seen("POST", target, false), new Seen("POST", target, true));
        RecordedRequest received = requests().get(0);
        assertThat(requests()).hasSize(1);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/v1/customers");
        assertThat(new ObjectMapper().readTree(received.body()))
                .as("the body, whole, although the proxy refused it once")
                .isEqualTo(new ObjectMapper().readTree("{\"filter\":" + filter + "}"));
    }

    @Test
    void anHttpsTargetIsReachedThroughAConnectTunnelKeptForLaterCalls() {
        try (CustomerIoSimulator https = startHttpsSimulator()) {
            int httpsSegment =
                    https.workspace().createManualSegment("over https", "").id();
            throughTheProxyAs(PROXY_USER, PROXY_PASSWORD);
            component().setSslContextParameters(TestCertificates.trusted());
            String uri = "customerio-customers:getSegment?segmentId=" + httpsSegment + "&baseUrl=" + https.baseUrl();

            Map<?, ?> first = template.requestBody(uri, null, Map.class);
            Map<?, ?> second = template.requestBody(uri, null, Map.class);

            assertThat(List.of(first, second))
                    .allSatisfy(answer -> assertThat(answer)
                            .extracting("segment")
                            .satisfies(segment ->
                                    assertThat((Map<String, Object>) segment).containsEntry("name", "over https")));
            String target = simulatorAddress(https);
            assertThat(proxy.seen())
                    .as("one tunnel, opened after the challenge, carries both calls")
                    .containsExactly(new Seen("CONNECT", target, false), new Seen("CONNECT", target, true));
            assertThat(https.requests())
                    .hasSize(2)
                    .allSatisfy(request ->
                            assertThat(request.header("Authorization")).isEqualTo("Bearer " + https.apiKey()));
        }
    }

    @Test
    void aWrongProxyPasswordFailsWith407NamingTheProxy() {
        throughTheProxyAs(PROXY_USER, "not-the-password");

        Exchange exchange = template.send("customerio-customers:getSegment?segmentId=" + segmentId, e -> {});

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoProxyAuthenticationException.class)
                .hasMessage("getSegment was refused by the proxy " + proxy.host() + ":" + proxy.port()
                        + ": HTTP 407 Proxy Authentication Required; it rejected the credentials of proxyAuthUsername"
                        + " and proxyAuthPassword")
                .satisfies(e -> {
                    CustomerIoProxyAuthenticationException refused = (CustomerIoProxyAuthenticationException) e;
                    assertThat(refused.getStatusCode()).isEqualTo(407);
                    assertThat(refused.getProxy()).isEqualTo(proxy.host() + ":" + proxy.port());
                    assertThat(refused.getAttempts()).isEqualTo(1);
                });
        assertThat(proxy.letThrough()).isEmpty();
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void aWrongProxyPasswordFailsAnHttpsCallTheSameWay() {
        try (CustomerIoSimulator https = CustomerIoSimulator.builder()
                .https(TestCertificates.server())
                .build()
                .start()) {
            throughTheProxyAs(PROXY_USER, "not-the-password");
            component().setSslContextParameters(TestCertificates.trusted());

            Exchange exchange =
                    template.send("customerio-customers:getSegment?segmentId=7&baseUrl=" + https.baseUrl(), e -> {});

            assertThat(exchange.getException())
                    .isInstanceOf(CustomerIoProxyAuthenticationException.class)
                    .hasMessage("getSegment was refused by the proxy " + proxy.host() + ":" + proxy.port()
                            + ": HTTP 407 Proxy Authentication Required; it rejected the credentials of"
                            + " proxyAuthUsername and proxyAuthPassword");
            assertThat(proxy.seen()).extracting(Seen::method).containsOnly("CONNECT");
            assertThat(https.requestCount()).isZero();
        }
    }

    @Test
    void withoutCredentialsTheProxyAsksForThem() {
        component().setProxyHost(proxy.host());
        component().setProxyPort(proxy.port());

        Exchange exchange = template.send("customerio-customers:getSegment?segmentId=" + segmentId, e -> {});

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoProxyAuthenticationException.class)
                .hasMessage("getSegment was refused by the proxy " + proxy.host() + ":" + proxy.port()
                        + ": HTTP 407 Proxy Authentication Required; it asks for credentials: set proxyAuthUsername"
                        + " and proxyAuthPassword");
        assertThat(proxy.seen()).containsExactly(new Seen("GET", simulatorAddress(simulator), false));
    }

    @Test
    void anUnreachableProxyIsNamedInTheFailure() throws IOException {
        int closedPort = proxy.port();
        proxy.close();
        component().setProxyHost("127.0.0.1");
        component().setProxyPort(closedPort);
        component().getConfiguration().setMaxRetries(0);

        Exchange exchange = template.send("customerio-customers:getSegment?segmentId=" + segmentId, e -> {});

        assertThat(exchange.getException())
                .hasMessageStartingWith("getSegment could not reach " + simulator.baseUrl() + " through the proxy"
                        + " 127.0.0.1:" + closedPort + ": ");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void withoutProxyOptionsTheJvmProxySettingsApply() throws IOException {
        try (ForwardingProxy jvmProxy = ForwardingProxy.open()) {
            withJvmProxy(
                    jvmProxy,
                    () -> template.requestBody(
                            "customerio-customers:getSegment?segmentId=" + segmentId, null, Map.class));

            assertThat(jvmProxy.seen()).containsExactly(new Seen("GET", simulatorAddress(simulator), true));
            assertThat(requests()).hasSize(1);
        }
    }

    @Test
    void proxyOptionsWinOverTheJvmProxySettings() throws IOException {
        try (ForwardingProxy jvmProxy = ForwardingProxy.open()) {
            throughTheProxyAs(PROXY_USER, PROXY_PASSWORD);

            withJvmProxy(
                    jvmProxy,
                    () -> template.requestBody(
                            "customerio-customers:getSegment?segmentId=" + segmentId, null, Map.class));

            assertThat(jvmProxy.seen()).isEmpty();
            assertThat(proxy.letThrough()).containsExactly(new Seen("GET", simulatorAddress(simulator), true));
        }
    }

    /**
     * Runs the call with the JVM's HTTP proxy properties pointing at {@code jvmProxy}, then restores them. An empty
     * http.nonProxyHosts lets calls to 127.0.0.1 use it too (by default the JVM bypasses proxies for the loopback).
     */
    private static void withJvmProxy(ForwardingProxy jvmProxy, Runnable call) {
        Map<String, String> properties = Map.of(
                "http.proxyHost", jvmProxy.host(),
                "http.proxyPort", String.valueOf(jvmProxy.port()),
                "http.nonProxyHosts", "");
        Map<String, String> before = new java.util.HashMap<>();
        properties.keySet().forEach(name -> before.put(name, System.getProperty(name)));
        try {
            properties.forEach(System::setProperty);
            call.run();
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}
