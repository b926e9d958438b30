package io.github.camelcustomerio.customers;

import java.util.Map;
import javax.net.ssl.SSLHandshakeException;

import io.github.camelcustomerio.customers.api.CustomerIoTransportException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS to a service whose certificate the JVM does not trust (as with a private CA or a TLS-inspecting proxy): only
 * the component's sslContextParameters, or the CamelContext's global ones when useGlobalSslContextParameters is set,
 * make the call succeed.
 */
class TlsTest extends SimulatorTestSupport {

    private int segmentId;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().https(TestCertificates.server());
    }

    @BeforeEach
    void aSegment() {
        segmentId = manualSegmentOf(2);
    }

    private CustomerIoCustomersComponent component() {
        return context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
    }

    private Exchange getSegment() {
        return template.send("customerio-customers:getSegment?segmentId=" + segmentId, exchange -> {});
    }

    private void assertTheSegmentCame(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class))
                .extracting("segment")
                .satisfies(segment -> assertThat((Map<String, Object>) segment)
                        .containsEntry("id", segmentId)
                        .containsEntry("name", "test segment"));
        assertThat(requests())
                .singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/v1/segments/" + segmentId));
    }

    @Test
    void theServiceIsReachedOverHttps() {
        assertThat(simulator.baseUrl()).startsWith("https://127.0.0.1:");
    }

    @Test
    void anUntrustedCertificateFailsTheCallWithAnSslError() {
        Exchange exchange = getSegment();

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoTransportException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class)
                .hasMessageStartingWith(
                        "getSegment could not reach " + simulator.baseUrl() + ": SSLHandshakeException (")
                .hasMessageContaining("unable to find valid certification path to requested target")
                .hasMessageEndingWith(" after 1 attempt; to trust a private CA (or a TLS-inspecting proxy's), set the"
                        + " component's sslContextParameters");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void sslContextParametersTrustTheServiceCertificate() {
        component().setSslContextParameters(TestCertificates.trusted());

        assertTheSegmentCame(getSegment());
    }

    @Test
    void useGlobalSslContextParametersTakesTheCamelContexts() {
        context.setSSLContextParameters(TestCertificates.trusted());
        component().setUseGlobalSslContextParameters(true);

        assertTheSegmentCame(getSegment());
    }

    @Test
    void theGlobalSslContextParametersAreIgnoredUnlessAskedFor() {
        context.setSSLContextParameters(TestCertificates.trusted());

        assertThat(getSegment().getException()).hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void sslContextParametersWinOverTheGlobalOnes() {
        context.setSSLContextParameters(new SSLContextParameters()); // the JVM's trust: not the test certificate
        component().setUseGlobalSslContextParameters(true);
        component().setSslContextParameters(TestCertificates.trusted());

        assertTheSegmentCame(getSegment());
    }
}
