package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the documentation page in step with the generated component descriptor: the option and header tables
 * between the {@code // generated: ...} markers are rendered from the descriptor, and every option, header and
 * operation must appear. Run with {@code -Ddocs.update=true} to rewrite the tables after changing an option.
 */
class DocumentationTest {

    static final Path DOC = Path.of("..", "src", "main", "docs", "customerio-customers-component.adoc");
    static final String DESCRIPTOR = "/META-INF/io/github/camelcustomerio/customers/customerio-customers.json";

    @Test
    void tablesMatchTheGeneratedDescriptor() throws IOException {
        JsonNode descriptor = descriptor();
        DocumentationTables.check("component options", optionTable(descriptor.get("componentProperties")));
        DocumentationTables.check("endpoint options", optionTable(descriptor.get("properties")));
        DocumentationTables.check("headers", headerTable(descriptor.get("headers")));
    }

    @Test
    void everyOptionHeaderAndOperationIsDocumented() throws IOException {
        JsonNode descriptor = descriptor();
        String doc = Files.readString(DOC);
        List<String> names = new ArrayList<>();
        descriptor.get("componentProperties").fieldNames().forEachRemaining(names::add);
        descriptor.get("properties").fieldNames().forEachRemaining(names::add);
        descriptor.get("headers").fieldNames().forEachRemaining(names::add);
        descriptor.at("/properties/operation/enum").forEach(operation -> names.add(operation.asText()));

        assertThat(names)
                .hasSizeGreaterThan(21 + 19)
                .allSatisfy(name ->
                        assertThat(doc).as("the doc page mentions %s", name).contains(name));
        for (JsonNode operation : descriptor.at("/properties/operation/enum")) {
            assertThat(doc)
                    .as("an example section for %s", operation.asText())
                    .contains("=== " + operation.asText() + "\n");
        }
    }

    @Test
    void descriptorDescribesEveryOptionAndHeader() throws IOException {
        JsonNode descriptor = descriptor();
        for (String group : List.of("componentProperties", "properties", "headers")) {
            descriptor
                    .get(group)
                    .fields()
                    .forEachRemaining(entry -> assertThat(
                                    entry.getValue().path("description").asText())
                            .as("description of %s", entry.getKey())
                            .isNotBlank());
        }
        assertThat(descriptor.at("/properties/operation/enum")).hasSize(21);
        assertThat(descriptor.at("/properties/apiKey/secret").asBoolean()).isTrue();
    }

    private static JsonNode descriptor() throws IOException {
        try (InputStream in = DocumentationTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertThat(in).as("generated descriptor on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static String optionTable(JsonNode options) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        options.fields().forEachRemaining(entry -> {
            JsonNode option = entry.getValue();
            String kind = option.path("kind").asText();
            String group = option.path("group").asText();
            table.append("| *")
                    .append(entry.getKey())
                    .append("* (")
                    .append(group)
                    .append(")")
                    .append("path".equals(kind) ? " path" : "")
                    .append(option.path("required").asBoolean() ? " *required*" : "")
                    .append(" | ")
                    .append(cell(option.path("description").asText()))
                    .append(enumValues(option))
                    .append(" | ")
                    .append(cell(option.path("defaultValue").asText()))
                    .append(" | ")
                    .append(cell(shortType(option.path("javaType").asText())))
                    .append('\n');
        });
        return table.append("|===\n").toString();
    }

    private static String headerTable(JsonNode headers) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"3,5,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Type\n");
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) headers::fields) {
            JsonNode header = entry.getValue();
            table.append("| `")
                    .append(entry.getKey())
                    .append("` (")
                    .append(header.path("group").asText())
                    .append(")")
                    .append(" | ")
                    .append(cell(header.path("description").asText()))
                    .append(enumValues(header))
                    .append(" | ")
                    .append(cell(shortType(header.path("javaType").asText())))
                    .append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String enumValues(JsonNode option) {
        if (!option.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        option.get("enum").forEach(value -> values.add("`" + value.asText() + "`"));
        return " One of: " + String.join(", ", values) + ".";
    }

    private static String shortType(String javaType) {
        return javaType.replaceAll("([a-z0-9_]+\\.)+", "");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
