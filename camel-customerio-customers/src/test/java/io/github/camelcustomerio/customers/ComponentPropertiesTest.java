package io.github.camelcustomerio.customers;

import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Camel Main binds camel.component.customerio-customers.* properties onto the component and its endpoints. */
class ComponentPropertiesTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private Main main;

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment_id\":7,\"count\":3}")));
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        server.stop();
    }

    @Test
    void componentPropertiesConfigureEveryEndpoint() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("camel.component.customerio-customers.api-key", "main-key");
        properties.setProperty("camel.component.customerio-customers.region", "EU");
        properties.setProperty("camel.component.customerio-customers.base-url", server.baseUrl());
        properties.setProperty("camel.component.customerio-customers.connect-timeout", "2500");
        properties.setProperty("camel.component.customerio-customers.response-timeout", "7000");
        properties.setProperty("camel.component.customerio-customers.call-timeout", "2m");
        properties.setProperty("camel.component.customerio-customers.raw-json", "true");
        properties.setProperty("camel.component.customerio-customers.max-connections", "5");
        main = new Main();
        main.setInitialProperties(properties);
        main.start();
        CamelContext context = main.getCamelContext();

        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        assertThat(component.getConfiguration().getRegion()).isEqualTo(Region.EU);
        assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(2500);
        assertThat(component.getConfiguration().getResponseTimeout()).isEqualTo(7000);
        assertThat(component.getConfiguration().getCallTimeout()).isEqualTo(120_000);
        assertThat(component.getMaxConnections()).isEqualTo(5);

        Object body = context.createProducerTemplate()
                .requestBody("customerio-customers:getSegmentCount?segmentId=7", (Object) null);

        assertThat(body).isEqualTo("{\"segment_id\":7,\"count\":3}");
        assertThat(server.findAll(anyRequestedFor(anyUrl())))
                .singleElement()
                .satisfies(request ->
                        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer main-key"));
    }
}
