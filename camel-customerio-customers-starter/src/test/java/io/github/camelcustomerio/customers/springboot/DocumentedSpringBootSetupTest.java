package io.github.camelcustomerio.customers.springboot;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application with the properties block of the documentation's Spring Boot section, as written, and a key
 * of its own in {@code CUSTOMERIO_API_KEY}: the component and both Kamelets must call the service with that key.
 */
class DocumentedSpringBootSetupTest {

    static final Path DOC = Path.of("../src/main/docs/customerio-customers-component.adoc");
    private static final String MARKER = "# application.properties of a Spring Boot application with the starter";
    private static final String KEY = "documented-setup-key-83d1";

    @Test
    void theDocumentedPropertiesConfigureTheComponentAndTheKamelets() throws IOException {
        Properties documented = new Properties();
        documented.load(new StringReader(documentedBlock()));
        assertThat(documented).containsKeys("camel.component.customerio-customers.api-key");

        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                        .dataset(Dataset.demo())
                        .apiKey(KEY)
                        .rateLimit(0)
                        .build()
                        .start();
                ConfigurableApplicationContext application = new SpringApplicationBuilder(StarterTestApplication.class)
                        .run(arguments(documented, simulator))) {
            CamelContext camel = application.getBean(CamelContext.class);
            ProducerTemplate template = camel.createProducerTemplate();
            CustomerIoCustomersConfiguration configuration = camel.getComponent(
                            "customerio-customers", CustomerIoCustomersComponent.class)
                    .getConfiguration();

            assertThat(configuration.getApiKey()).isEqualTo(KEY);
            assertThat(configuration.getCallTimeout()).isEqualTo(45_000L);
            assertThat(configuration.getStateRepository()).isSameAs(application.getBean("memberPositions"));
            assertThat(template.requestBody("customerio-customers:getSegment?segmentId=42", null, Map.class))
                    .containsKey("segment");
            assertThat(template.requestBody(
                            "kamelet:customerio-customers-action?operation=getSegment&segmentId=7", null, String.class))
                    .contains("\"name\":\"Pro plan\"");
            assertThat(simulator.requests())
                    .filteredOn(request -> request.path().matches("/v1/segments/(42|7)"))
                    .hasSize(2)
                    .allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
        }
    }

    /**
     * The documented properties as command-line arguments, which win over the test application's own file, with the
     * environment variable they refer to and the simulator's address (the test file points every base URL there).
     */
    private static String[] arguments(Properties documented, CustomerIoSimulator simulator) {
        List<String> arguments = new ArrayList<>();
        documented
                .stringPropertyNames()
                .forEach(name -> arguments.add("--" + name + "=" + documented.getProperty(name)));
        arguments.add("--CUSTOMERIO_API_KEY=" + KEY);
        arguments.add("--simulator.base-url=" + simulator.baseUrl());
        arguments.add("--customerio.api-key=" + KEY);
        return arguments.toArray(String[]::new);
    }

    private static String documentedBlock() throws IOException {
        String doc = Files.readString(DOC);
        int marker = doc.indexOf(MARKER);
        assertThat(marker)
                .as("the Spring Boot section's properties block in %s", DOC)
                .isPositive();
        return doc.substring(marker, doc.indexOf("\n----\n", marker));
    }
}
