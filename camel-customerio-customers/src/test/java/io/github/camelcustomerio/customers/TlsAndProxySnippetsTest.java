package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;

import io.github.camelcustomerio.customers.ForwardingProxy.Seen;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.model.Model;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of the docs' "TLS and proxies" section, run. The Java ones are the tagged code below, shown verbatim
 * by the docs. The properties ones are read from the docs and run under Camel Main against the simulator over HTTPS
 * (with the test certificate) through an authenticating proxy: the docs' example host, port, trust store and
 * {{env:...}} placeholders are replaced by the test's, and nothing else.
 */
class TlsAndProxySnippetsTest {

    private CustomerIoSimulator simulator;
    private ForwardingProxy proxy;
    private Main main;

    @BeforeEach
    void start() throws IOException {
        simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(0)
                .https(TestCertificates.server())
                .build()
                .start();
        proxy = ForwardingProxy.requiring(ProxyTest.PROXY_USER, ProxyTest.PROXY_PASSWORD);
    }

    @AfterEach
    void stop() throws IOException {
        if (main != null) {
            main.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theJavaSnippetConfiguresTheComponentAsDescribed() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            // spotless:off
            // tag::java[]
KeyStoreParameters corporateCa = new KeyStoreParameters();
corporateCa.setResource("file:/etc/pki/corporate-ca.p12");
corporateCa.setPassword(System.getenv("TRUST_STORE_PASSWORD"));
TrustManagersParameters trustManagers = new TrustManagersParameters();
trustManagers.setKeyStore(corporateCa);
SSLContextParameters sslParams = new SSLContextParameters();
sslParams.setTrustManagers(trustManagers);

CustomerIoCustomersComponent customerio =
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
customerio.setSslContextParameters(sslParams);
customerio.setProxyHost("proxy.example.com");
customerio.setProxyPort(3128);
customerio.setProxyAuthUsername("camel");
customerio.setProxyAuthPassword(System.getenv("PROXY_PASSWORD"));
            // end::java[]
            // spotless:on

            CustomerIoCustomersComponent component =
                    context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
            assertThat(component
                            .getSslContextParameters()
                            .getTrustManagers()
                            .getKeyStore()
                            .getResource())
                    .isEqualTo("file:/etc/pki/corporate-ca.p12");
            assertThat(component.getProxyHost()).isEqualTo("proxy.example.com");
            assertThat(component.getProxyPort()).isEqualTo(3128);
            assertThat(component.getProxyAuthUsername()).isEqualTo("camel");
        }
        assertThat(DocumentedSnippets.shown(TlsAndProxySnippetsTest.class, "java"))
                .isTrue();
    }

    @Test
    void theSecondComponentSnippetAddsACustomerioEuScheme() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            String euApiKey = "eu-key";
            // spotless:off
            // tag::second-component[]
CustomerIoCustomersComponent eu = new CustomerIoCustomersComponent();
eu.getConfiguration().setRegion(Region.EU);
eu.getConfiguration().setApiKey(euApiKey);
eu.setProxyHost("eu-proxy.example.com");
eu.setProxyPort(3128);
context.addComponent("customerio-eu", eu);

context.addRoutes(new RouteBuilder() {
    @Override
    public void configure() {
        from("timer:eu-count?period=3600000").to("customerio-eu:getSegmentCount?segmentId=7");
    }
});
            // end::second-component[]
            // spotless:on

            assertThat(context.getComponent("customerio-eu")).isSameAs(eu);
            assertThat(context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                            .getProxyHost())
                    .as("the default component keeps its own set-up")
                    .isNull();
            assertThat(context.getCamelContextExtension()
                            .getContextPlugin(Model.class)
                            .getRouteDefinitions())
                    .singleElement()
                    .satisfies(route ->
                            assertThat(route.getOutputs().get(0).toString()).contains("customerio-eu:getSegmentCount"));
        }
        assertThat(DocumentedSnippets.shown(TlsAndProxySnippetsTest.class, "second-component"))
                .isTrue();
    }

    /**
     * The properties with a bean of SSLContextParameters, the proxy and its credentials, and a configurer: the call
     * reaches the simulator over HTTPS through the proxy's tunnel, with the configurer's header.
     */
    @Test
    void theComponentPropertiesSnippetRunsThroughTheProxyOverHttps() throws Exception {
        // spotless:off
        // tag::configurer[]
HttpClientConfigurer auditHeaders = builder -> builder.addRequestInterceptorFirst(
        (request, entity, context) -> request.setHeader("X-Audit-Source", "orders-integration"));
        // end::configurer[]
        // spotless:on
        Properties properties = docsProperties("camel.component.customerio-customers.ssl-context-parameters", proxy);
        main = new Main();
        main.bind("sslParams", TestCertificates.trusted());
        main.bind("auditHeaders", auditHeaders);

        Map<?, ?> answer = countSegmentSeven(properties);

        assertThat(answer.get("count")).isEqualTo((int) simulator.workspace().segmentMemberCount(7));
        assertThat(proxy.letThrough()).containsExactly(new Seen("CONNECT", "127.0.0.1:" + simulator.port(), true));
        assertThat(simulator.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/segments/7/customer_count");
            assertThat(request.header("X-Audit-Source")).isEqualTo("orders-integration");
        });
        assertThat(DocumentedSnippets.shown(TlsAndProxySnippetsTest.class, "configurer"))
                .isTrue();
    }

    /** The properties with Camel Main's global SSL set-up (camel.ssl.*) and useGlobalSslContextParameters. */
    @Test
    void theGlobalSslPropertiesSnippetTrustsTheService() throws Exception {
        Properties properties = docsProperties("camel.ssl.enabled", proxy);
        main = new Main();

        Map<?, ?> answer = countSegmentSeven(properties);

        assertThat(answer.get("count")).isEqualTo((int) simulator.workspace().segmentMemberCount(7));
        assertThat(simulator.requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/v1/segments/7/customer_count");
    }

    /** The properties declaring a second component as a bean: its own proxy, its own scheme. */
    @Test
    void theSecondComponentPropertiesSnippetDeclaresACustomerioEuBean() throws Exception {
        try (ForwardingProxy euProxy = ForwardingProxy.open()) {
            Properties properties = docsProperties("camel.beans.customerioEu = ", euProxy);
            properties.setProperty("camel.beans.customerioEu.base-url", simulator.baseUrl());
            properties.setProperty("camel.beans.customerioEu.ssl-context-parameters", "#sslParams");
            main = new Main();
            main.bind("sslParams", TestCertificates.trusted());
            main.setInitialProperties(properties);
            main.start();

            Map<?, ?> answer =
                    main.getCamelTemplate().requestBody("customerioEu:getSegmentCount?segmentId=7", null, Map.class);

            assertThat(answer.get("count"))
                    .isEqualTo((int) simulator.workspace().segmentMemberCount(7));
            assertThat(euProxy.seen()).extracting(Seen::method).containsExactly("CONNECT");
            assertThat(proxy.seen()).isEmpty();
            CustomerIoCustomersComponent eu =
                    main.getCamelContext().getComponent("customerioEu", CustomerIoCustomersComponent.class);
            assertThat(eu.getConfiguration().getRegion()).isEqualTo(Region.EU);
            assertThat(eu.getConfiguration().getApiKey()).isEqualTo(simulator.apiKey());
        }
    }

    private Map<?, ?> countSegmentSeven(Properties properties) throws Exception {
        properties.setProperty("camel.component.customerio-customers.api-key", simulator.apiKey());
        properties.setProperty("camel.component.customerio-customers.base-url", simulator.baseUrl());
        properties.setProperty("camel.component.customerio-customers.rate-limit", "0");
        main.setInitialProperties(properties);
        main.start();
        return main.getCamelTemplate().requestBody("customerio-customers:getSegmentCount?segmentId=7", null, Map.class);
    }

    /**
     * The docs' properties block starting with {@code firstKey}, with the example's proxy (by {@code proxy}), trust
     * store and environment placeholders replaced by the test's.
     */
    private Properties docsProperties(String firstKey, ForwardingProxy proxy) throws IOException {
        String doc = Files.readString(DocumentationTest.DOC);
        int start = doc.indexOf("[source,properties]\n----\n" + firstKey);
        assertThat(start)
                .as("a properties block starting with %s in the docs", firstKey)
                .isNotNegative();
        int from = doc.indexOf("----\n", start) + 5;
        String block = doc.substring(from, doc.indexOf("\n----\n", from));
        Properties properties = new Properties();
        properties.load(new StringReader(block.replace("eu-proxy.example.com", proxy.host())
                .replace("proxy.example.com", proxy.host())
                .replace("= 3128", "= " + proxy.port())
                .replace("{{env:PROXY_PASSWORD}}", ProxyTest.PROXY_PASSWORD)
                .replace("file:/etc/pki/corporate-ca.p12", "classpath:" + TestCertificates.TRUST_STORE)
                .replace("{{env:TRUST_STORE_PASSWORD}}", TestCertificates.PASSWORD)
                .replace("{{env:CUSTOMERIO_EU_API_KEY}}", simulator.apiKey())));
        return properties;
    }
}
