package io.github.camelcustomerio.customers.example;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The person enrichment gathers a person's attributes, segments, relationships and preferences in one document. */
class PersonEnrichmentTest extends ExampleTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDocumentHoldsEverythingAboutThePerson() throws Exception {
        String printedDocument = template.requestBody("direct:person-enrichment", "ana@acme.test", String.class);

        JsonNode document = json.readTree(printedDocument);
        Person ana = workspace().person("user-17").orElseThrow();
        assertThat(document.path("id").asText()).isEqualTo("user-17");
        assertThat(document.path("email").asText()).isEqualTo("ana@acme.test");
        assertThat(document.path("cio_id").asText()).isEqualTo(ana.cioId());
        assertThat(document.at("/attributes/first_name").asText()).isEqualTo(ana.attribute("first_name"));
        assertThat(document.at("/attributes/plan").asText()).isEqualTo("pro");
        assertThat(values(document.path("segments"), "id"))
                .containsExactlyInAnyOrderElementsOf(workspace().segmentsOf(ana).stream()
                        .map(Segment::id)
                        .map(String::valueOf)
                        .toList());
        assertThat(values(document.path("relationships"), "identifiers", "object_id"))
                .containsExactlyInAnyOrderElementsOf(workspace().relationshipsOf("user-17").stream()
                        .map(Relationship::objectId)
                        .toList());
        assertThat(document.path("subscription_preferences"))
                .hasSize(workspace().topics().size());
        assertThat(document.path("subscription_preferences")).anySatisfy(topic -> {
            assertThat(topic.path("id").asText()).isEqualTo("2");
            assertThat(topic.path("subscribed").asBoolean())
                    .as("Ana unsubscribed from topic 2")
                    .isFalse();
        });
        assertThat(printed()).contains("\"first_name\" : \"Ana\"");
    }

    @Test
    void theProfileIsReadByCioIdSoThatASharedEmailNamesOnePerson() throws Exception {
        JsonNode document =
                json.readTree(template.requestBody("direct:person-enrichment", "shared@globex.test", String.class));

        String cioId = document.path("cio_id").asText();
        assertThat(document.at("/attributes/cio_id").asText()).isEqualTo(cioId);
        assertThat(simulator.requests())
                .filteredOn(request -> !request.path().equals("/v1/customers"))
                .hasSize(4)
                .allSatisfy(request -> {
                    assertThat(request.path()).startsWith("/v1/customers/" + cioId + "/");
                    assertThat(request.query()).containsEntry("id_type", "cio_id");
                });
    }

    @Test
    void anUnknownEmailIsReportedAndNothingElseIsCalled() {
        template.requestBody("direct:person-enrichment", "nobody@nowhere.test");

        assertThat(printedLines()).contains("nobody has the email address nobody@nowhere.test");
        assertThat(calls()).containsExactly("GET /v1/customers");
    }

    private static List<String> values(JsonNode array, String... path) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> {
                    JsonNode value = item;
                    for (String key : path) {
                        value = value.path(key);
                    }
                    return value.asText();
                })
                .toList();
    }
}
