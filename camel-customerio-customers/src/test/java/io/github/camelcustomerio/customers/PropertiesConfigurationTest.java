package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.main.Main;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The component is configured entirely from properties under Camel Main, as in application.properties (Spring Boot
 * and Quarkus bind the same camel.component.customerio-customers.* names through the same generated configurer):
 * every component option of the generated descriptor by its kebab-case name, property placeholders in component
 * and endpoint options, and the API key from an environment variable through {{env:...}} (where Camel Main's
 * CAMEL_COMPONENT_* variables do not reach this component).
 */
class PropertiesConfigurationTest {

    private static final String PREFIX = "camel.component.customerio-customers.";

    @TempDir
    Path folder;

    private CustomerIoSimulator simulator;
    private Main main;

    @BeforeEach
    void startSimulator() {
        simulator = CustomerIoSimulator.builder()
                .apiKey("workspace-key-31d7")
                .dataset(Dataset.demo())
                .rateLimit(0)
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        simulator.close();
    }

    /**
     * Reads the option list from the generated descriptor, so that an option added to the component (rateLimit,
     * maxRetries, ...) is covered here without touching this test.
     */
    @Test
    void everyComponentOptionIsSetByItsKebabCaseProperty() throws Exception {
        JsonNode options = descriptor().get("componentProperties");
        Properties properties = new Properties();
        Map<String, String> expected = new LinkedHashMap<>();
        // the options whose values are beans of the registry, referred to by name
        Map<String, Object> beans = Map.of(
                "stateRepository", new MemoryStateRepository(),
                "sslContextParameters", new SSLContextParameters(),
                "httpClientConfigurer", (HttpClientConfigurer) builder -> {});
        options.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            if (name.equals("configuration")) {
                return; // the whole configuration object; its fields are the other options
            }
            String value = beans.containsKey(name) ? "#" + name : sampleValue(name, entry.getValue());
            properties.setProperty(PREFIX + kebabCase(name), value);
            expected.put(name, value);
        });
        main = new Main();
        beans.forEach(main::bind);
        main.setInitialProperties(properties);
        main.start();

        CustomerIoCustomersComponent component =
                main.getCamelContext().getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        PropertyConfigurerGetter configurer =
                (PropertyConfigurerGetter) PluginHelper.getConfigurerResolver(main.getCamelContext())
                        .resolvePropertyConfigurer("customerio-customers-component", main.getCamelContext());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(18);
        expected.forEach((name, value) -> {
            Object actual = configurer.getOptionValue(component, name, false);
            if (beans.containsKey(name)) {
                assertThat(actual).as(name).isSameAs(beans.get(name));
            } else {
                assertThat(String.valueOf(actual))
                        .as("%s from %s%s", name, PREFIX, kebabCase(name))
                        .isEqualTo(value);
            }
        });
    }

    @Test
    void componentAndEndpointOptionsTakePropertyPlaceholders() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("customerio.url", simulator.baseUrl());
        properties.setProperty("customerio.key", simulator.apiKey());
        properties.setProperty("report.segment", "42");
        properties.setProperty("report.timeout", "4321");
        properties.setProperty(PREFIX + "base-url", "{{customerio.url}}");
        properties.setProperty(PREFIX + "api-key", "{{customerio.key}}");
        main = new Main();
        main.setInitialProperties(properties);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:count")
                        .routeId("count")
                        .to("customerio-customers:getSegmentCount?segmentId={{report.segment}}"
                                + "&responseTimeout={{report.timeout}}");
            }
        });
        main.start();

        Map<?, ?> answer = main.getCamelTemplate().requestBody("direct:count", null, Map.class);

        assertThat(answer.get("count")).isEqualTo((int) simulator.workspace().segmentMemberCount(42));
        assertThat(simulator.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/segments/42/customer_count");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + simulator.apiKey());
        });
        CustomerIoCustomersEndpoint endpoint = main.getCamelContext().getEndpoints().stream()
                .filter(CustomerIoCustomersEndpoint.class::isInstance)
                .map(CustomerIoCustomersEndpoint.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(4321);
        assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo(simulator.baseUrl());
    }

    /**
     * {{env:...}} reads the process environment, which a test cannot change for its own JVM. So this test starts a
     * second JVM, with the environment variables set, running stock Camel Main on an application.properties and a
     * YAML route written as a user would write them; the simulator then shows which key arrived.
     */
    @Test
    void theApiKeyAndRegionComeFromEnvironmentVariablesThroughEnvPlaceholders() throws Exception {
        Path properties = applicationProperties();

        ChildJvm run =
                camelMain(properties, Map.of("CUSTOMERIO_API_KEY", simulator.apiKey(), "CUSTOMERIO_REGION", "EU"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(simulator.requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/v1/segments/7/customer_count");
        assertThat(simulator.requests())
                .extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer " + simulator.apiKey());
        assertThat(run.output())
                .contains("count=" + simulator.workspace().segmentMemberCount(7) + " region=EU")
                .doesNotContain(simulator.apiKey());
    }

    @Test
    void withoutTheEnvironmentVariableCamelMainRefusesToStartAndNamesIt() throws Exception {
        Path properties = applicationProperties();

        ChildJvm run = camelMain(properties, Map.of());

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("CUSTOMERIO_API_KEY");
        assertThat(simulator.requestCount()).isZero();
    }

    /**
     * Camel Main maps CAMEL_COMPONENT_&lt;NAME&gt;_&lt;OPTION&gt; variables onto the components of Camel's own
     * catalog only; for a third-party component whose name has a dash, 4.18 derives
     * camel.component.customerio.customers-api-key and the key is never set. The documentation therefore recommends {{env:...}} placeholders; this test tells when
     * that advice can change.
     */
    @Test
    void camelComponentEnvironmentVariablesDoNotReachThisComponent() throws Exception {
        Path properties = applicationProperties();
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^.*api-key.*$", ""));

        ChildJvm run =
                camelMain(properties, Map.of("CAMEL_COMPONENT_CUSTOMERIO_CUSTOMERS_API_KEY", simulator.apiKey()));

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("customerio-customers needs an App API key");
        assertThat(simulator.requestCount()).isZero();
    }

    private Path applicationProperties() throws IOException {
        Path route = folder.resolve("count.camel.yaml");
        Files.writeString(route, """
                - route:
                    from:
                      uri: timer:count?repeatCount=1&delay=10
                      steps:
                        - to: customerio-customers:getSegmentCount?segmentId=7
                        - log:
                            logName: io.github.camelcustomerio.child
                            message: "count=${body[count]} region=${camelContext.getComponent('customerio-customers').configuration.region}"
                """);
        Path properties = folder.resolve("application.properties");
        Files.writeString(
                properties, """
                camel.main.routes-include-pattern = file:%s
                camel.main.duration-max-messages = 1
                camel.component.customerio-customers.api-key = {{env:CUSTOMERIO_API_KEY}}
                camel.component.customerio-customers.region = {{env:CUSTOMERIO_REGION:US}}
                camel.component.customerio-customers.base-url = %s
                """.formatted(route.toAbsolutePath().toString().replace('\\', '/'), simulator.baseUrl()));
        return properties;
    }

    private record ChildJvm(int exitCode, String output) {}

    /**
     * Runs org.apache.camel.main.Main on this test's classpath, in an environment holding no CUSTOMERIO_* or CAMEL_*
     * variable but these.
     */
    private ChildJvm camelMain(Path properties, Map<String, String> environment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.apache.camel.main.Main",
                "-pl",
                "file:" + properties.toAbsolutePath().toString().replace('\\', '/')));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTOMERIO_") || name.startsWith("CAMEL_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Camel Main did not end within 60 s");
        }
        return new ChildJvm(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** A valid value that differs from the option's default. */
    private static String sampleValue(String name, JsonNode option) {
        String type = option.path("javaType").asText();
        String defaultValue = option.path("defaultValue").asText("");
        if (option.has("enum")) {
            for (JsonNode value : option.get("enum")) {
                if (!value.asText().equals(defaultValue)) {
                    return value.asText();
                }
            }
        }
        return switch (type) {
            case "java.lang.String" -> "value-of-" + name;
            case "boolean", "java.lang.Boolean" -> String.valueOf(!Boolean.parseBoolean(defaultValue));
            case "int", "java.lang.Integer", "long", "java.lang.Long" ->
                String.valueOf((defaultValue.isEmpty() ? 0 : Long.parseLong(defaultValue)) + 7);
            case "double", "java.lang.Double" ->
                String.valueOf((defaultValue.isEmpty() ? 0 : Double.parseDouble(defaultValue)) + 0.5);
            default ->
                throw new AssertionError(
                        "component option " + name + " has type " + type + ": give it a sample value in this test");
        };
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode descriptor() throws IOException {
        try (InputStream in = PropertiesConfigurationTest.class.getResourceAsStream(DocumentationTest.DESCRIPTOR)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
