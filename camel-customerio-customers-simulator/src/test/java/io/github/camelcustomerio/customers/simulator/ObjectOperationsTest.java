package io.github.camelcustomerio.customers.simulator;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectOperationsTest extends SimulatorTestSupport {

    @Test
    void getObjectTypesAnswersStringIds() {
        JsonNode body = api.get("/v1/object_types").json();

        JsonShape.of(body, "body").array("types").andNothingElse();
        JsonShape.of(body.get("types").get(0), "type")
                .string("id", "name", "singular_name", "slug", "singular_slug", "icon")
                .bool("enabled")
                .andNothingElse();
        assertThat(body.get("types").get(0).toString())
                .isEqualTo("{\"id\":\"1\",\"name\":\"Companies\","
                        + "\"singular_name\":\"Company\",\"slug\":\"companies\",\"singular_slug\":\"company\",\"icon\":\"building\","
                        + "\"enabled\":true}");
    }

    @Test
    void getObjectAttributesKeepsAttributeTypes() {
        ApiClient.Reply reply = api.get("/v1/objects/1/acme-co/attributes?id_type=object_id");

        JsonShape.of(reply.json(), "body").object("object").andNothingElse();
        JsonNode object = reply.json().get("object");
        JsonShape.of(object, "object")
                .string("object_type_id")
                .object("identifiers", "attributes", "timestamps")
                .andNothingElse();
        JsonShape.of(object.get("identifiers"), "identifiers")
                .string("object_id", "cio_object_id", "id")
                .isNull("email")
                .andNothingElse();
        assertThat(object.get("attributes").toString())
                .isEqualTo("{\"name\":\"Acme Co\",\"plan\":\"enterprise\",\"seats\":250}");
        assertThat(object.get("timestamps").toString())
                .isEqualTo("{\"name\":1717000000,\"plan\":1717500000,\"seats\":1717500000}");
        assertThat(api.get("/v1/objects/1/ob0a1b2c/attributes?id_type=cio_object_id")
                        .json())
                .isEqualTo(reply.json());
    }

    @Test
    void objectLookupErrors() {
        assertThat(api.get("/v1/objects/1/nothing/attributes").status()).isEqualTo(404);
        assertThat(api.get("/v1/objects/9/acme-co/attributes").text())
                .isEqualTo(
                        "{\"errors\":[{\"status\":\"404\",\"detail\":\"object type 9 not found\",\"code\":\"not_found\"}]}");
        assertThat(api.get("/v1/objects/2/ob0a1b2c/attributes?id_type=cio_object_id")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/objects/1/acme-co/attributes?id_type=id").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/objects/one/acme-co/attributes").status()).isEqualTo(400);
        assertThat(api.get("/v1/objects/1/acme-co/relationships?limit=0").status())
                .isEqualTo(400);
    }

    @Test
    void getObjectRelationshipsAnswersPeopleWithStringTypeIds() {
        JsonNode body = api.get("/v1/objects/1/acme-co/relationships?limit=2").json();

        JsonShape.of(body, "body").array("cio_relationships").string("next").andNothingElse();
        JsonNode first = body.get("cio_relationships").get(0);
        JsonShape.of(first, "relationship")
                .object("identifiers")
                .string("object_type_id")
                .bool("object_type_disabled")
                .andNothingElse();
        assertThat(body.get("cio_relationships").toString())
                .isEqualTo("[{\"identifiers\":{\"id\":\"user-17\","
                        + "\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"},\"object_type_id\":\"1\",\"object_type_disabled\":false},"
                        + "{\"identifiers\":{\"id\":\"user-18\",\"email\":null,\"cio_id\":\"a3000002\"},\"object_type_id\":\"1\","
                        + "\"object_type_disabled\":false}]");
        JsonNode rest = api.get("/v1/objects/1/acme-co/relationships?limit=2&start="
                        + body.get("next").asText())
                .json();
        assertThat(rest.at("/cio_relationships/0/identifiers/id").asText()).isEqualTo("user-20");
        assertThat(rest.get("next").asText()).isEmpty();
        assertThat(api.get("/v1/objects/2/apollo/relationships")
                        .json()
                        .at("/cio_relationships/0/object_type_disabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void getObjectsFilterAnswersIdentifiersIdsAndNext() {
        ApiClient.Reply reply = api.post(
                "/v1/objects",
                "{\"object_type_id\":\"1\",\"filter\":{\"and\":["
                        + "{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"enterprise\",\"type_id\":\"1\"}},"
                        + "{\"not\":{\"object_attribute\":{\"field\":\"churned\",\"operator\":\"exists\",\"type_id\":\"1\"}}}]}}");

        assertThat(reply.status()).isEqualTo(200);
        JsonShape.of(reply.json(), "body")
                .array("identifiers", "ids")
                .string("next")
                .andNothingElse();
        assertThat(reply.json().toString())
                .isEqualTo("{\"identifiers\":[{\"object_id\":\"acme-co\","
                        + "\"cio_object_id\":\"ob0a1b2c\"}],\"ids\":[\"acme-co\"],\"next\":\"\"}");
    }

    @Test
    void objectStateChangesAreVisible() {
        CustomerObject added =
                simulator.workspace().putObject(CustomerObject.of(1, "hooli", Map.of("plan", "enterprise")));
        simulator.workspace().relate("user-22", 1, "hooli", Map.of("role", "admin"));

        assertThat(added.cioObjectId()).isNotBlank();
        assertThat(api.get("/v1/objects/1/hooli/attributes")
                        .json()
                        .at("/object/attributes/plan")
                        .asText())
                .isEqualTo("enterprise");
        assertThat(api.get("/v1/objects/1/hooli/relationships")
                        .json()
                        .at("/cio_relationships/0/identifiers/id")
                        .asText())
                .isEqualTo("user-22");
        assertThat(api.get("/v1/customers/user-22/relationships")
                        .json()
                        .at("/cio_relationships/0/attributes/role")
                        .asText())
                .isEqualTo("admin");

        simulator.workspace().deleteObject(1, "hooli");
        assertThat(api.get("/v1/objects/1/hooli/attributes").status()).isEqualTo(404);
        assertThat(api.get("/v1/customers/user-22/relationships").json().get("cio_relationships"))
                .isEmpty();
    }
}
