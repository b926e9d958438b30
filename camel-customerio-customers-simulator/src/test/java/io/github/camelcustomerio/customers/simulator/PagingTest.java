package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest extends SimulatorTestSupport {

    private static final int SYNTHETIC = 900;
    private static final int MEMBERS = 2_345;

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo().withSyntheticSegment(SYNTHETIC, MEMBERS, 7));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000, 30000})
    void walkingASyntheticSegmentReturnsEveryMemberOnceInOrder(int limit) {
        Walk walk = walk("/v1/segments/" + SYNTHETIC + "/membership?limit=" + limit, "ids");

        assertThat(walk.items).hasSize(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            assertThat(walk.items.get(i)).isEqualTo(String.format("synth-900-%010d", i));
        }
        assertThat(walk.pages).isEqualTo((MEMBERS + limit - 1) / limit);
    }

    @Test
    void theDefaultMembershipLimitIs1000() {
        JsonNode page = api.get("/v1/segments/" + SYNTHETIC + "/membership").json();

        assertThat(page.get("ids")).hasSize(1000);
        assertThat(walk("/v1/segments/" + SYNTHETIC + "/membership", "ids").pages)
                .isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 50, 1000})
    void walkingAPeopleSearchReturnsEveryMatchOnce(int limit) {
        for (int i = 0; i < 120; i++) {
            simulator
                    .workspace()
                    .putPerson(
                            Person.builder("bulk-" + i).attribute("plan", "pro").build());
        }
        String filter = "{\"filter\":{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}}";
        List<String> walked = new ArrayList<>();
        int pages = 0;
        String start = "";
        do {
            JsonNode page = api.post("/v1/customers?limit=" + limit + "&start=" + start, filter)
                    .json();
            page.get("ids").forEach(id -> walked.add(id.asText()));
            assertThat(page.get("ids").size()).isLessThanOrEqualTo(limit);
            start = page.get("next").asText();
            pages++;
        } while (!start.isEmpty());
        assertThat(walked).hasSize(123).doesNotHaveDuplicates().startsWith("user-17", "user-18", "user-21", "bulk-0");
        assertThat(pages).isEqualTo((123 + limit - 1) / limit);
        assertThat(api.post("/v1/customers", filter).json().get("ids")).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 10, 100})
    void walkingActivitiesAndMessagesReturnsEachOnceNewestFirst(int limit) {
        for (int i = 0; i < 30; i++) {
            simulator.workspace().addActivity("user-18", Activity.event("e" + i).at(1_718_200_000L + i % 5));
            simulator
                    .workspace()
                    .addMessage("user-18", Message.email(1, i, "m" + i).at(1_718_200_000L + i % 5));
        }
        Walk activities = walk("/v1/customers/user-18/activities?limit=" + limit, "activities");
        assertThat(activities.items).hasSize(31).doesNotHaveDuplicates();
        assertThat(activities.pages).isEqualTo((31 + limit - 1) / limit);
        List<String> expected = simulator.workspace().activitiesOf("user-18").stream()
                .map(Activity::id)
                .toList();
        assertThat(activities.items).containsExactlyElementsOf(expected);

        Walk messages = walk("/v1/customers/user-18/messages?limit=" + limit, "messages");
        assertThat(messages.items)
                .hasSize(30)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(simulator.workspace().messagesOf("user-18").stream()
                        .map(Message::id)
                        .toList());
    }

    @Test
    void membersThatStayAreSeenExactlyOnceWhileTheSegmentChanges() {
        List<String> walked = new ArrayList<>();
        String start = "";
        int page = 0;
        do {
            JsonNode body = api.get("/v1/segments/" + SYNTHETIC + "/membership?limit=100&start=" + start)
                    .json();
            body.get("ids").forEach(id -> walked.add(id.asText()));
            start = body.get("next").asText();
            if (page == 3) {
                // Remove members already seen and members not yet seen, then append new ones.
                simulator.workspace().removeSyntheticMembers(SYNTHETIC, 5, 150, 399, 400, 2000);
                simulator.workspace().growSyntheticSegment(SYNTHETIC, MEMBERS + 10);
            }
            page++;
        } while (!start.isEmpty());

        Set<String> unique = new HashSet<>(walked);
        assertThat(unique).hasSize(walked.size());
        for (int i = 0; i < MEMBERS + 10; i++) {
            String id = String.format("synth-900-%010d", i);
            if (i == 400 || i == 2000) {
                assertThat(unique).as("removed before being reached: " + id).doesNotContain(id);
            } else {
                assertThat(unique).as(id).contains(id);
            }
        }
        assertThat(api.get("/v1/segments/" + SYNTHETIC + "/customer_count")
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(MEMBERS + 10 - 5);
    }

    @Test
    void storedSegmentWalksSurviveConcurrentChanges() {
        for (int i = 0; i < 50; i++) {
            simulator
                    .workspace()
                    .putPerson(Person.builder(String.format("m-%02d", i)).build());
            simulator.workspace().addToSegment(42, String.format("m-%02d", i));
        }
        JsonNode first = api.get("/v1/segments/42/membership?limit=10").json();
        simulator.workspace().removeFromSegment(42, "m-05");
        simulator.workspace().removeFromSegment(42, "m-20");
        simulator.workspace().deletePerson(first.get("ids").get(9).asText());
        simulator.workspace().putPerson(Person.builder("late").build());
        simulator.workspace().addToSegment(42, "late");

        List<String> walked = new ArrayList<>();
        first.get("ids").forEach(id -> walked.add(id.asText()));
        walked.addAll(walk(
                        "/v1/segments/42/membership?limit=10",
                        "ids",
                        first.get("next").asText())
                .items);

        assertThat(walked)
                .doesNotHaveDuplicates()
                .contains("user-17", "user-21", "m-49", "late")
                .doesNotContain("m-20");
        assertThat(walked).hasSize(2 + 50 - 1 + 1);
    }

    @Test
    void aMillionMemberSegmentWalksIn34PagesOf30000() throws IOException {
        simulator.workspace().addSyntheticSegment(901, 1_000_000, 42);
        long expectedIndex = 0;
        int pages = 0;
        String start = "";
        do {
            ApiClient.Reply reply = api.get("/v1/segments/901/membership?limit=30000&start=" + start);
            assertThat(reply.status()).isEqualTo(200);
            PageScan scan = scanMembershipPage(reply.body());
            for (String id : scan.ids) {
                String digits = Long.toString(expectedIndex);
                String expected = "synth-901-" + "0".repeat(10 - digits.length()) + digits;
                if (!id.equals(expected)) {
                    throw new AssertionError("member " + expectedIndex + " should be " + expected + " but is " + id);
                }
                expectedIndex++;
            }
            start = scan.next;
            pages++;
        } while (!start.isEmpty());

        assertThat(expectedIndex).isEqualTo(1_000_000);
        assertThat(pages).isEqualTo(34);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "30001", "abc", "1.5", ""})
    void limitsOutsideTheRangeAreRejected(String limit) {
        ApiClient.Reply reply = api.get("/v1/segments/7/membership?limit=" + limit);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/source/parameter").asText()).isEqualTo("limit");
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_param");
    }

    @Test
    void eachOperationHasItsOwnMaximum() {
        assertThat(api.post("/v1/customers?limit=1001", "{\"filter\":{\"segment\":{\"id\":7}}}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/v1/customers?limit=1000", "{\"filter\":{\"segment\":{\"id\":7}}}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/v1/customers/user-17/activities?limit=100").status())
                .isEqualTo(200);
        assertThat(api.get("/v1/customers/user-17/activities?limit=101").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/customers/user-17/messages?limit=1000").status())
                .isEqualTo(200);
        assertThat(api.get("/v1/customers/user-17/relationships?limit=1001").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/objects/1/acme-co/relationships?limit=1001").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/segments/7/membership?limit=30000").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "MTox%3D%3D%3D", "YWJj", "%2F%2F%2F%2F"})
    void malformedCursorsAreRejected(String start) {
        ApiClient.Reply reply = api.get("/v1/segments/7/membership?start=" + start);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/source/parameter").asText()).isEqualTo("start");
    }

    private record Walk(List<String> items, int pages) {}

    private Walk walk(String pathAndQuery, String listField) {
        return walk(pathAndQuery, listField, "");
    }

    private Walk walk(String pathAndQuery, String listField, String firstStart) {
        Function<JsonNode, String> key = listField.equals("ids")
                ? JsonNode::asText
                : item -> item.get("id").asText();
        List<String> items = new ArrayList<>();
        int pages = 0;
        String start = firstStart;
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        do {
            ApiClient.Reply reply = api.get(pathAndQuery + separator + "start=" + start);
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            JsonNode body = reply.json();
            body.get(listField).forEach(item -> items.add(key.apply(item)));
            start = body.get("next").asText();
            pages++;
            assertThat(pages).isLessThan(100_000);
        } while (!start.isEmpty());
        return new Walk(items, pages);
    }

    private record PageScan(List<String> ids, String next) {}

    /** Reads {@code ids} and {@code next} with the streaming parser, skipping {@code identifiers}. */
    private static PageScan scanMembershipPage(byte[] body) throws IOException {
        List<String> ids = new ArrayList<>(30000);
        String next = null;
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("ids")) {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        ids.add(parser.getText());
                    }
                } else if (field.equals("next")) {
                    next = parser.getText();
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
        }
        return new PageScan(ids, next);
    }
}
