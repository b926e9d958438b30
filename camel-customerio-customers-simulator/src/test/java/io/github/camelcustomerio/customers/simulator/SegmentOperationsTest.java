package io.github.camelcustomerio.customers.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.model.SegmentUsage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentOperationsTest extends SimulatorTestSupport {

    private static final long NOW = 1_718_040_000L;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    }

    @Test
    void getSegmentAnswersTheSegmentShape() {
        ApiClient.Reply reply = api.get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode segment = reply.json().get("segment");
        JsonShape.of(reply.json(), "body").object("segment").andNothingElse();
        JsonShape.of(segment, "segment")
                .integer("id", "created_at", "updated_at")
                .string("name", "description", "type", "state", "deduplicate_id")
                .isNull("progress")
                .array("tags")
                .andNothingElse();
        assertThat(segment.toString())
                .isEqualTo("{\"id\":7,\"name\":\"Pro plan\",\"description\":\"Paying pro customers\","
                        + "\"type\":\"dynamic\",\"state\":\"finished\",\"progress\":null,\"tags\":[\"billing\"],"
                        + "\"deduplicate_id\":\"7:1716000000\",\"created_at\":1710000000,\"updated_at\":1716000000}");
    }

    @Test
    void manualSegmentWithoutTagsAnswersNullTags() {
        JsonNode segment = api.get("/v1/segments/42").json().get("segment");

        assertThat(segment.get("type").asText()).isEqualTo("manual");
        assertThat(segment.get("tags").isNull()).isTrue();
        assertThat(segment.get("description").asText()).isEmpty();
    }

    @Test
    void getSegmentCountCountsLiveMembers() {
        ApiClient.Reply reply = api.get("/v1/segments/7/customer_count");

        JsonShape.of(reply.json(), "body").integer("segment_id", "count").andNothingElse();
        assertThat(reply.json().get("segment_id").asInt()).isEqualTo(7);
        assertThat(reply.json().get("count").asLong()).isEqualTo(3);

        simulator.workspace().setPersonAttribute("user-19", "plan", "pro");
        assertThat(api.get("/v1/segments/7/customer_count").json().get("count").asLong())
                .isEqualTo(4);
        assertThat(api.get("/v1/segments/42/customer_count").json().get("count").asLong())
                .isEqualTo(2);
    }

    @Test
    void getSegmentDependenciesAnswersUsedBy() {
        JsonNode body = api.get("/v1/segments/7/used_by").json();

        JsonShape.of(body, "body").integer("segment_id").object("used_by").andNothingElse();
        JsonShape.of(body.get("used_by"), "used_by")
                .array("campaigns", "sent_newsletters", "draft_newsletters")
                .andNothingElse();
        assertThat(body.toString())
                .isEqualTo(
                        "{\"segment_id\":7,\"used_by\":{\"campaigns\":[12,15],\"sent_newsletters\":[3],\"draft_newsletters\":[]}}");

        simulator.workspace().setSegmentUsage(42, new SegmentUsage(java.util.List.of(1), null, java.util.List.of(9)));
        assertThat(api.get("/v1/segments/42/used_by").json().get("used_by").toString())
                .isEqualTo("{\"campaigns\":[1],\"sent_newsletters\":[],\"draft_newsletters\":[9]}");
    }

    @Test
    void getSegmentMembershipAnswersTheEmailOrIdVariant() {
        JsonNode body = api.get("/v1/segments/7/membership?limit=2").json();

        JsonShape.of(body, "body")
                .integer("segment_id")
                .array("ids", "identifiers")
                .string("next")
                .andNothingElse();
        assertThat(body.get("ids").toString()).isEqualTo("[\"user-17\",\"user-18\"]");
        JsonShape.of(body.get("identifiers").get(0), "identifier")
                .string("id", "cio_id")
                .stringOrNull("email")
                .andNothingElse();
        assertThat(body.get("identifiers").toString())
                .isEqualTo("[{\"id\":\"user-17\",\"email\":\"ana@acme.test\","
                        + "\"cio_id\":\"a3000001\"},{\"id\":\"user-18\",\"email\":null,\"cio_id\":\"a3000002\"}]");
        assertThat(body.get("next").asText()).isNotEmpty();

        JsonNode last = api.get("/v1/segments/7/membership?limit=2&start="
                        + body.get("next").asText())
                .json();
        assertThat(last.get("ids").toString()).isEqualTo("[\"user-21\"]");
        assertThat(last.get("next").asText()).isEmpty();
    }

    @Test
    void createThenGetThenDeleteThenNotFound() {
        ApiClient.Reply created = api.post(
                "/v1/segments",
                "{\"segment\":{\"name\":\"VIP beta testers\",\"description\":\"Hand-picked accounts for the beta\"}}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().toString())
                .isEqualTo("{\"segment\":{\"id\":43,\"name\":\"VIP beta testers\","
                        + "\"description\":\"Hand-picked accounts for the beta\",\"type\":\"manual\",\"state\":\"finished\","
                        + "\"progress\":null,\"tags\":null,\"deduplicate_id\":\"43:1718040000\",\"created_at\":1718040000,"
                        + "\"updated_at\":1718040000}}");
        assertThat(api.get("/v1/segments/43").json()).isEqualTo(created.json());
        assertThat(api.get("/v1/segments/43/customer_count").json().get("count").asInt())
                .isZero();
        assertThat(simulator.workspace().segment(43)).isPresent();

        ApiClient.Reply deleted = api.delete("/v1/segments/43");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(deleted.header("Content-Type")).isNull();

        ApiClient.Reply missing = api.get("/v1/segments/43");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text())
                .isEqualTo(
                        "{\"errors\":[{\"status\":\"404\",\"detail\":\"segment 43 not found\",\"code\":\"not_found\"}]}");
        assertThat(api.delete("/v1/segments/43").status()).isEqualTo(404);
        assertThat(simulator.workspace().segment(43)).isEmpty();
    }

    @Test
    void createdSegmentsGetNewIdsAndAnEmptyDescriptionByDefault() {
        JsonNode first = api.post("/v1/segments", "{\"segment\":{\"name\":\"A\"},\"extra\":true}")
                .json()
                .get("segment");
        JsonNode second = api.post("/v1/segments", "{\"segment\":{\"name\":\"B\"}}")
                .json()
                .get("segment");

        assertThat(first.get("id").asInt()).isEqualTo(43);
        assertThat(first.get("description").asText()).isEmpty();
        assertThat(second.get("id").asInt()).isEqualTo(44);
    }

    @Test
    void createManSegmentRejectsBadBodies() {
        assertBadRequest(api.post("/v1/segments", "{}"), "/segment");
        assertBadRequest(api.post("/v1/segments", "{\"segment\":\"VIP\"}"), "/segment");
        assertBadRequest(api.post("/v1/segments", "{\"segment\":{\"description\":\"no name\"}}"), "/segment/name");
        assertBadRequest(api.post("/v1/segments", "{\"segment\":{\"name\":42}}"), "/segment/name");
        assertBadRequest(
                api.post("/v1/segments", "{\"segment\":{\"name\":\"x\",\"description\":[]}}"), "/segment/description");

        ApiClient.Reply malformed = api.post("/v1/segments", "{\"segment\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/errors/0/code").asText()).isEqualTo("invalid_json");
        assertThat(api.post("/v1/segments", "").status()).isEqualTo(400);
        assertThat(api.post("/v1/segments", "[1]").status()).isEqualTo(400);
    }

    @Test
    void deleteManSegmentOnlyDeletesManualSegments() {
        ApiClient.Reply reply = api.delete("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(simulator.workspace().segment(7)).isPresent();
    }

    @Test
    void unknownOrMalformedSegmentIds() {
        for (String path : new String[] {
            "/v1/segments/999",
            "/v1/segments/999/customer_count",
            "/v1/segments/999/used_by",
            "/v1/segments/999/membership"
        }) {
            ApiClient.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.text())
                    .as(path)
                    .isEqualTo(
                            "{\"errors\":[{\"status\":\"404\",\"detail\":\"segment 999 not found\",\"code\":\"not_found\"}]}");
        }
        ApiClient.Reply notAnInteger = api.get("/v1/segments/seven");
        assertThat(notAnInteger.status()).isEqualTo(400);
        assertThat(notAnInteger.json().at("/errors/0/source/parameter").asText())
                .isEqualTo("segment_id");
    }

    @Test
    void manualMembershipChangesAreVisibleAndTouchUpdatedAt() {
        simulator.workspace().addToSegment(42, "user-19");

        JsonNode body = api.get("/v1/segments/42/membership").json();
        assertThat(body.get("ids").toString()).isEqualTo("[\"user-17\",\"user-19\",\"user-21\"]");
        assertThat(api.get("/v1/segments/42").json().at("/segment/updated_at").asLong())
                .isEqualTo(NOW);

        simulator.workspace().removeFromSegment(42, "user-17");
        assertThat(api.get("/v1/segments/42/membership").json().get("ids").toString())
                .isEqualTo("[\"user-19\",\"user-21\"]");
        assertThat(simulator.workspace().isMember(42, "user-17")).isFalse();
    }

    private static void assertBadRequest(ApiClient.Reply reply, String pointer) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        JsonNode error = reply.json().get("errors").get(0);
        JsonShape.of(error, "error")
                .string("status", "detail", "code")
                .object("source")
                .andNothingElse();
        assertThat(error.get("status").asText()).isEqualTo("400");
        assertThat(error.at("/source/pointer").asText()).isEqualTo(pointer);
    }
}
