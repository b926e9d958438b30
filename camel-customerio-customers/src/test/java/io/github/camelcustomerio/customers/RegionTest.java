package io.github.camelcustomerio.customers;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** The region picks the service's base URL; baseUrl replaces it. */
class RegionTest extends WireMockTestSupport {

    @Test
    void usIsTheDefault() throws Exception {
        CustomerIoCustomersEndpoint endpoint = startedEndpoint("customerio-customers:getSegment?baseUrl=");

        assertThat(endpoint.client().settings().baseUrl()).isEqualTo("https://api.customer.io");
        assertThat(endpoint.getServiceUrl()).isEqualTo("https://api.customer.io");
    }

    @Test
    void euRegionUsesTheEuHost() throws Exception {
        CustomerIoCustomersEndpoint endpoint = startedEndpoint("customerio-customers:getSegment?region=EU&baseUrl=");

        assertThat(endpoint.client().settings().baseUrl()).isEqualTo("https://api-eu.customer.io");
        assertThat(endpoint.getServiceMetadata()).containsEntry("region", "EU");
    }

    @Test
    void baseUrlWinsOverRegionAndLosesTrailingSlash() throws Exception {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment\":{\"id\":7}}")));

        call("customerio-customers:getSegment?segmentId=7&region=EU&baseUrl=" + server.baseUrl() + "/");

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/segments/7");
    }

    @Test
    void baseUrlMayCarryAPathPrefixForProxies() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment\":{\"id\":7}}")));

        call("customerio-customers:getSegment?segmentId=7&baseUrl=" + server.baseUrl() + "/customerio");

        assertThat(onlyRequest().getUrl()).isEqualTo("/customerio/v1/segments/7");
    }

    private CustomerIoCustomersEndpoint startedEndpoint(String uri) throws Exception {
        CustomerIoCustomersEndpoint endpoint = context.getEndpoint(uri, CustomerIoCustomersEndpoint.class);
        endpoint.start();
        return endpoint;
    }
}
