package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelcustomerio.customers.api.CustomerIoProxyAuthenticationException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxy password (and the Basic token it becomes on the wire) shows up in no log line, exception or string form,
 * with every logger at TRACE: neither when the proxy lets the calls through (plain HTTP, a POST body, an HTTPS
 * tunnel) nor when it rejects a wrong password. Under Camel Main, only Camel's own configuration logging shows it.
 */
class ProxyPasswordSecrecyTest extends SimulatorTestSupport {

    private static final String PASSWORD = ProxyTest.PROXY_PASSWORD;
    private static final String WRONG_PASSWORD = "wrong-pr0xy-pass-91c3";
    private static final String PREFIX = "camel.component.customerio-customers.";

    private ForwardingProxy proxy;
    private LogCapture logs;
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    protected void doPreSetup() throws Exception {
        proxy = ForwardingProxy.requiring(ProxyTest.PROXY_USER, PASSWORD);
        super.doPreSetup();
    }

    @AfterEach
    void stopProxyAndLogCapture() throws IOException {
        if (logs != null) {
            logs.close();
        }
        proxy.close();
    }

    /** Customer.io through the proxy: the component with the right password, a second one with a wrong one. */
    @Override
    protected void configure(CamelContext context) {
        super.configure(context);
        throughTheProxy(context.getComponent("customerio-customers", CustomerIoCustomersComponent.class), PASSWORD);
        CustomerIoCustomersComponent wrong = new CustomerIoCustomersComponent();
        wrong.getConfiguration().setApiKey(simulator.apiKey());
        wrong.getConfiguration().setBaseUrl(simulator.baseUrl());
        wrong.getConfiguration().setRateLimit(0);
        throughTheProxy(wrong, WRONG_PASSWORD);
        context.addComponent("customerio-wrong", wrong);
    }

    private void throughTheProxy(CustomerIoCustomersComponent component, String password) {
        component.setProxyHost(proxy.host());
        component.setProxyPort(proxy.port());
        component.setProxyAuthUsername(ProxyTest.PROXY_USER);
        component.setProxyAuthPassword(password);
        component.setSslContextParameters(TestCertificates.trusted());
    }

    @Test
    void theProxyPasswordAppearsNowhereWithEveryLoggerAtTrace() {
        int segmentId = manualSegmentOf(1);
        logs = LogCapture.everythingAt(Level.TRACE);

        try (CustomerIoSimulator https = startHttpsSimulator()) {
            template.requestBody("customerio-customers:getSegment?segmentId=" + segmentId, null, Map.class);
            template.requestBody("customerio-customers:getPeopleFilter", "{\"segment\":{\"id\":" + segmentId + "}}");
            template.requestBody("customerio-customers:getObjectTypes?baseUrl=" + https.baseUrl(), null, Map.class);
            record(template.send("customerio-wrong:getSegment?segmentId=" + segmentId, exchange -> {}));
            record(template.send("customerio-wrong:getObjectTypes?baseUrl=" + https.baseUrl(), exchange -> {}));
        }

        assertThat(proxy.letThrough())
                .extracting(ForwardingProxy.Seen::method)
                .containsExactly("GET", "POST", "CONNECT");
        assertThat(failures)
                .hasSize(2)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(CustomerIoProxyAuthenticationException.class));
        assertThat(logs.text())
                .as("HttpClient's header logger ran, with the proxy's credentials masked")
                .contains("Proxy-Authorization: ******")
                .contains("CONNECT 127.0.0.1:");
        assertThat(everything()).doesNotContain(PASSWORD, basic(PASSWORD), WRONG_PASSWORD, basic(WRONG_PASSWORD));
    }

    /**
     * Under Camel Main, configured from properties with every logger at DEBUG, the password (and the API key) reach
     * the log only through Camel's own configuration logging, which the documentation warns about: Camel Main's dump
     * of the camel.* properties as written, and the values the properties component resolves placeholders to. Never
     * through the component, HttpClient or the routing. This test tells when Camel changes that.
     */
    @Test
    void underCamelMainOnlyCamelsConfigurationLoggingPrintsALiteralPassword() throws Exception {
        Properties properties = proxyProperties();
        properties.setProperty(PREFIX + "proxy-auth-password", PASSWORD);

        runUnderCamelMain(properties);

        assertThat(loggersPrinting(PASSWORD))
                .containsOnly("org.apache.camel.main.BaseMainSupport", "org.apache.camel.main.MainHelper");
        assertThat(loggersPrinting(simulator.apiKey()))
                .containsOnly("org.apache.camel.main.BaseMainSupport", "org.apache.camel.main.MainHelper");
        assertThat(logs.text()).doesNotContain(basic(PASSWORD));
    }

    @Test
    void underCamelMainOnlyCamelsConfigurationLoggingPrintsAPasswordFromAPlaceholder() throws Exception {
        Properties properties = proxyProperties();
        properties.setProperty("vault.proxy-password", PASSWORD);
        properties.setProperty(PREFIX + "proxy-auth-password", "{{vault.proxy-password}}");

        runUnderCamelMain(properties);

        assertThat(loggersPrinting(PASSWORD))
                .containsOnly(
                        "org.apache.camel.component.properties.DefaultPropertiesParser",
                        "org.apache.camel.impl.engine.DefaultCamelContextExtension");
        assertThat(logs.text()).doesNotContain(basic(PASSWORD));
    }

    private Properties proxyProperties() {
        Properties properties = new Properties();
        properties.setProperty(PREFIX + "api-key", simulator.apiKey());
        properties.setProperty(PREFIX + "base-url", simulator.baseUrl());
        properties.setProperty(PREFIX + "proxy-host", proxy.host());
        properties.setProperty(PREFIX + "proxy-port", String.valueOf(proxy.port()));
        properties.setProperty(PREFIX + "proxy-auth-username", ProxyTest.PROXY_USER);
        return properties;
    }

    /** Starts Camel Main on the properties with every logger at DEBUG, calls getSegment through the proxy, stops. */
    private void runUnderCamelMain(Properties properties) throws Exception {
        int segmentId = manualSegmentOf(1);
        logs = LogCapture.everythingAt(Level.DEBUG);
        Main main = new Main();
        main.setInitialProperties(properties);
        main.start();
        try {
            Map<String, Object> answer = main.getCamelTemplate()
                    .requestBody("customerio-customers:getSegment?segmentId=" + segmentId, null, Map.class);
            assertThat(answer).containsKey("segment");
        } finally {
            main.stop();
        }
        assertThat(proxy.letThrough()).hasSize(1);
    }

    /** The loggers of the captured lines that contain {@code text} (a line of a stack trace counts as its own). */
    private Set<String> loggersPrinting(String text) {
        return logs.text()
                .lines()
                .filter(line -> line.contains(text))
                .map(line -> line.split(" ", 2)[0])
                .collect(Collectors.toSet());
    }

    private static String basic(String password) {
        return Base64.getEncoder()
                .encodeToString((ProxyTest.PROXY_USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void record(Exchange exchange) {
        if (exchange.getException() != null) {
            failures.add(exchange.getException());
        }
    }

    /** The captured logs, the failures with their stack traces, and the string forms of endpoints and components. */
    private String everything() {
        StringBuilder everything = new StringBuilder(logs.text());
        // what an exception can show: its message and its causes' (the frames name only classes and methods)
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                everything.append(cause).append('\n');
                for (Throwable suppressed : cause.getSuppressed()) {
                    everything.append(suppressed).append('\n');
                }
            }
        }
        context.getEndpoints().forEach(endpoint -> everything.append(endpoint).append('\n'));
        for (String name : List.of("customerio-customers", "customerio-wrong")) {
            CustomerIoCustomersComponent component = context.getComponent(name, CustomerIoCustomersComponent.class);
            everything.append(component).append(component.transport().proxy()).append('\n');
        }
        return everything.toString();
    }
}
