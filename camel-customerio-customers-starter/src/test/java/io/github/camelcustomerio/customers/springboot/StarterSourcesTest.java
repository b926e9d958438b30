package io.github.camelcustomerio.customers.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.springboot.StarterSources.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter offers every component option, as Spring Boot properties with the component's descriptions and
 * defaults: the generated classes must equal what the component's descriptor gives today (a new component option
 * fails this test until the starter is regenerated with {@code -Dstarter.update=true}), and the metadata Spring Boot
 * tools read must list each property.
 */
class StarterSourcesTest {

    private static final Path GENERATED = Path.of("src/generated/java/io/github/camelcustomerio/customers/springboot");

    @Test
    void generatedClassesFollowTheComponentDescriptor() throws IOException {
        StarterSources sources = StarterSources.fromClasspath();
        assertGenerated(StarterSources.CONFIGURATION, sources.configurationSource());
        assertGenerated(StarterSources.CONVERTER, sources.converterSource());
    }

    @Test
    void everyComponentOptionIsAPropertyInTheMetadataWithItsDescriptionAndDefault() throws IOException {
        Map<String, JsonNode> properties = metadataProperties();
        assertThat(properties).containsKey(StarterSources.PREFIX + ".enabled");
        for (Option option : StarterSources.fromClasspath().options()) {
            String name = StarterSources.PREFIX + "." + kebab(option.name());
            assertThat(properties)
                    .as("the starter lacks %s (component option %s): regenerate it", name, option.name())
                    .containsKey(name);
            JsonNode property = properties.get(name);
            assertThat(property.path("description").asText()).as(name).isEqualTo(option.fullDescription());
            if (option.defaultValue() != null) {
                // durations in milliseconds, Spring Boot's unit for a bare number; enum constants in lower case, the
                // way the processor writes them
                assertThat(property.path("defaultValue").asText())
                        .as("default of %s", name)
                        .isEqualToIgnoringCase(option.defaultValue());
            }
        }
    }

    @Test
    void theApiKeyIsDescribedAsASecret() throws IOException {
        assertThat(metadataProperties()
                        .get(StarterSources.PREFIX + ".api-key")
                        .path("description")
                        .asText())
                .contains("A secret");
    }

    private static void assertGenerated(String className, String expected) throws IOException {
        Path file = GENERATED.resolve(className + ".java");
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("starter.update") && !actual.equals(expected)) {
            Files.createDirectories(GENERATED);
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual)
                .as("%s is stale: the component's options changed; run this test with -Dstarter.update=true", file)
                .isEqualTo(expected);
    }

    /** The properties of this starter's spring-configuration-metadata.json, by name. */
    private static Map<String, JsonNode> metadataProperties() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        for (URL url : Collections.list(StarterSourcesTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith(StarterSources.PREFIX + ".")) {
                        properties.put(name, property);
                    }
                }
            }
        }
        return properties;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
