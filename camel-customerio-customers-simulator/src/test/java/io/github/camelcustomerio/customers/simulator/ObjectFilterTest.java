package io.github.camelcustomerio.customers.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectFilterTest {

    private static CustomerIoSimulator simulator;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(0)
                .build()
                .start();
        api = ApiClient.of(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void objectAttributeConditions() {
        assertThat(
                        search(
                                "{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"enterprise\",\"type_id\":\"1\"}}"))
                .containsExactly("acme-co", "initech");
        assertThat(
                        search(
                                "{\"object_attribute\":{\"field\":\"seats\",\"operator\":\"eq\",\"value\":\"40\",\"type_id\":\"1\"}}"))
                .containsExactly("globex");
        assertThat(search("{\"object_attribute\":{\"field\":\"churned\",\"operator\":\"exists\",\"type_id\":\"1\"}}"))
                .containsExactly("initech");
        assertThat(
                        search(
                                "{\"not\":{\"object_attribute\":{\"field\":\"churned\",\"operator\":\"exists\",\"type_id\":\"1\"}}}"))
                .containsExactly("acme-co", "globex");
        assertThat(
                        search(
                                "{\"or\":[{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\",\"type_id\":\"1\"}},"
                                        + "{\"object_attribute\":{\"field\":\"churned\",\"operator\":\"eq\",\"value\":\"true\",\"type_id\":\"1\"}}]}"))
                .containsExactly("globex", "initech");
        assertThat(
                        search(
                                "{\"and\":[{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"enterprise\",\"type_id\":\"1\"}},"
                                        + "{\"not\":{\"object_attribute\":{\"field\":\"churned\",\"operator\":\"exists\",\"type_id\":\"1\"}}}]}"))
                .containsExactly("acme-co");
    }

    @Test
    void objectSearchPages() {
        String filter = "{\"object_attribute\":{\"field\":\"name\",\"operator\":\"exists\",\"type_id\":\"1\"}}";
        List<String> walked = new ArrayList<>();
        String start = "";
        int pages = 0;
        do {
            JsonNode page = api.post(
                            "/v1/objects?limit=1&start=" + start,
                            "{\"object_type_id\":\"1\",\"filter\":" + filter + "}")
                    .json();
            page.get("ids").forEach(id -> walked.add(id.asText()));
            start = page.get("next").asText();
            pages++;
        } while (!start.isEmpty());
        assertThat(walked).containsExactly("acme-co", "globex", "initech");
        assertThat(pages).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"filter\":{\"object_attribute\":{\"field\":\"a\",\"operator\":\"exists\",\"type_id\":\"1\"}}}       | /object_type_id",
                "{\"object_type_id\":\"one\",\"filter\":{}}                                                             | /object_type_id",
                "{\"object_type_id\":\"1\"}                                                                             | /filter",
                "{\"object_type_id\":\"1\",\"filter\":{}}                                                               | /filter",
                "{\"object_type_id\":\"1\",\"filter\":{\"attribute\":{\"field\":\"a\",\"operator\":\"exists\"}}}        | /filter/attribute",
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"a\",\"operator\":\"exists\"}}}  | /filter/object_attribute/type_id",
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"a\",\"operator\":\"exists\",\"type_id\":\"2\"}}} | /filter/object_attribute/type_id",
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"a\",\"operator\":\"eq\",\"type_id\":\"1\"}}}     | /filter/object_attribute/value",
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"a\",\"operator\":\"lt\",\"type_id\":\"1\"}}}     | /filter/object_attribute/operator",
                "{\"object_type_id\":\"1\",\"filter\":{\"and\":[{\"or\":[]}]}}                                          | /filter/and/0/or",
                "{\"object_type_id\":\"1\",\"filter\":{\"not\":{\"and\":[]}}}                                           | /filter/not/and",
            })
    void badObjectFiltersAreRejectedWithAPointer(String body, String pointer) {
        ApiClient.Reply reply = api.post("/v1/objects", body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/source/pointer").asText()).isEqualTo(pointer);
    }

    @Test
    void unknownObjectTypeIsNotFound() {
        ApiClient.Reply reply = api.post(
                "/v1/objects",
                "{\"object_type_id\":\"9\",\"filter\":{\"object_attribute\":"
                        + "{\"field\":\"a\",\"operator\":\"exists\",\"type_id\":\"9\"}}}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(api.post(
                                "/v1/objects",
                                "{\"object_type_id\":1,\"filter\":{\"object_attribute\":"
                                        + "{\"field\":\"name\",\"operator\":\"exists\",\"type_id\":\"1\"}}}")
                        .status())
                .isEqualTo(200);
    }

    private static List<String> search(String filter) {
        ApiClient.Reply reply = api.post("/v1/objects", "{\"object_type_id\":\"1\",\"filter\":" + filter + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
