package io.github.camelcustomerio.customers.quarkus;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel Quarkus hands the {@code camel.component.customerio-customers.*} properties to the component. */
@QuarkusTest
@WithTestResource(SimulatorResource.class)
class ComponentBindingTest {

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate producer;

    @InjectSimulator
    CustomerIoSimulator simulator;

    @Test
    void applicationPropertiesConfigureTheComponent() {
        CustomerIoCustomersConfiguration configuration = context.getComponent(
                        "customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration();

        assertThat(configuration.getApiKey()).isEqualTo(SimulatorResource.API_KEY);
        assertThat(configuration.getBaseUrl()).isEqualTo(simulator.baseUrl());
        assertThat(configuration.getRateLimit()).isEqualTo(5);
    }

    @Test
    void theConfiguredKeyReachesTheService() {
        producer.requestBody("direct:describe-segment", 30, String.class);

        assertThat(simulator.requests())
                .filteredOn(request -> request.path().equals("/v1/segments/30"))
                .singleElement()
                .satisfies(request -> {
                    assertThat(request.header("Authorization")).isEqualTo("Bearer " + SimulatorResource.API_KEY);
                    assertThat(request.status()).isEqualTo(200);
                });
    }
}
