package io.github.camelcustomerio.customers.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people calls as the reference describes them: look-ups by email and ids, searches, a person's attributes,
 * activities, messages, segments, relationships and subscription preferences. One class for the eleven calls on
 * /v1/customers, which share their fixtures; hence its length.
 */
class PeopleOperationsTest extends SimulatorTestSupport {

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo().withSyntheticSegment(900, 1000, 42));
    }

    @Test
    void getPersonAttributesAnswersTheCustomerProfileShape() {
        ApiClient.Reply reply = api.get("/v1/customers/user-17/attributes");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode customer = reply.json().get("customer");
        JsonShape.of(reply.json(), "body").object("customer").andNothingElse();
        JsonShape.of(customer, "customer")
                .string("id")
                .object("identifiers", "attributes", "timestamps")
                .array("devices")
                .bool("unsubscribed")
                .andNothingElse();
        JsonShape.of(customer.get("identifiers"), "identifiers")
                .string("id", "email", "cio_id")
                .andNothingElse();
        customer.get("attributes")
                .fields()
                .forEachRemaining(attribute -> assertThat(attribute.getValue().isTextual())
                        .as(attribute.getKey())
                        .isTrue());
        customer.get("timestamps")
                .fields()
                .forEachRemaining(timestamp -> assertThat(timestamp.getValue().isIntegralNumber())
                        .as(timestamp.getKey())
                        .isTrue());
        assertThat(customer.get("attributes").toString())
                .isEqualTo("{\"id\":\"user-17\",\"email\":\"ana@acme.test\","
                        + "\"cio_id\":\"a3000001\",\"first_name\":\"Ana\",\"plan\":\"pro\",\"created_at\":\"1700000000\","
                        + "\"cio_subscription_preferences\":\"{\\\"topics\\\":{\\\"topic_2\\\":false}}\"}");
        JsonShape.of(customer.get("devices").get(0), "device")
                .string("id", "platform")
                .integer("last_used")
                .object("attributes")
                .andNothingElse();
        assertThat(customer.get("devices").toString())
                .isEqualTo("[{\"id\":\"fcm-token-abc\",\"platform\":\"android\","
                        + "\"last_used\":1718000000,\"attributes\":{\"push_enabled\":\"true\"}}]");
        assertThat(customer.get("timestamps").get("plan").asLong()).isEqualTo(1718001234L);
        assertThat(customer.get("unsubscribed").asBoolean()).isFalse();
    }

    @Test
    void customerIdIsReadAccordingToIdType() {
        assertThat(api.get("/v1/customers/ana%40acme.test/attributes?id_type=email")
                        .json()
                        .at("/customer/id")
                        .asText())
                .isEqualTo("user-17");
        assertThat(api.get("/v1/customers/%2B14155552671/attributes?id_type=phone")
                        .json()
                        .at("/customer/id")
                        .asText())
                .isEqualTo("user-19");
        assertThat(api.get("/v1/customers/a3000002/attributes?id_type=cio_id")
                        .json()
                        .at("/customer/id")
                        .asText())
                .isEqualTo("user-18");
        assertThat(api.get("/v1/customers/user-18/attributes?id_type=id")
                        .json()
                        .at("/customer/identifiers/email")
                        .isNull())
                .isTrue();
        assertThat(simulator.requests().get(0).path()).isEqualTo("/v1/customers/ana@acme.test/attributes");
    }

    @Test
    void personLookupErrors() {
        ApiClient.Reply unknown = api.get("/v1/customers/nobody/attributes");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text())
                .isEqualTo(
                        "{\"errors\":[{\"status\":\"404\",\"detail\":\"customer not found\",\"code\":\"not_found\"}]}");

        ApiClient.Reply badType = api.get("/v1/customers/user-17/attributes?id_type=uuid");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text())
                .isEqualTo(
                        "{\"errors\":[{\"status\":\"400\",\"detail\":\"id_type must be one of id, "
                                + "email, phone, cio_id, not 'uuid'\",\"code\":\"invalid_param\",\"source\":{\"parameter\":\"id_type\"}}]}");

        assertThat(api.get("/v1/customers/14155552671/attributes?id_type=phone").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/customers/user-17/attributes?id_type=email").status())
                .isEqualTo(404);
    }

    @Test
    void idLessProfilesAnswerTheRequestedIdAndEmptyIdsEntries() {
        JsonNode customer = api.get("/v1/customers/a3000008/attributes?id_type=cio_id")
                .json()
                .get("customer");
        assertThat(customer.get("id").asText()).isEqualTo("a3000008");
        assertThat(customer.at("/identifiers/id").isNull()).isTrue();

        JsonNode found = api.post(
                        "/v1/customers",
                        "{\"filter\":{\"attribute\":{\"field\":\"source\",\"operator\":\"eq\","
                                + "\"value\":\"webinar\"}}}")
                .json();
        assertThat(found.get("ids").toString()).isEqualTo("[\"\"]");
        assertThat(found.get("identifiers").get(0).get("id").isNull()).isTrue();
    }

    @Test
    void getPeopleByIdAnswersProfilesInTheOrderAskedSkippingUnknownIds() {
        ApiClient.Reply reply =
                api.post("/v1/customers/attributes?id_type=id", "{\"ids\":[\"user-18\",\"nobody\",\"user-17\"]}");

        assertThat(reply.status()).isEqualTo(200);
        JsonShape.of(reply.json(), "body").array("customers").andNothingElse();
        JsonNode customers = reply.json().get("customers");
        assertThat(customers).hasSize(2);
        JsonShape.of(customers.get(0), "item").object("customer").andNothingElse();
        assertThat(customers.get(0).at("/customer/id").asText()).isEqualTo("user-18");
        assertThat(customers.get(1).at("/customer/id").asText()).isEqualTo("user-17");
        assertThat(customers.get(1).at("/customer/devices/0/platform").asText()).isEqualTo("android");

        JsonNode byEmail = api.post("/v1/customers/attributes?id_type=email", "{\"ids\":[\"dan@acme.test\"]}")
                .json();
        assertThat(byEmail.at("/customers/0/customer/id").asText()).isEqualTo("user-20");
        assertThat(byEmail.at("/customers/0/customer/unsubscribed").asBoolean()).isTrue();
    }

    @Test
    void getPeopleByIdValidatesIds() {
        assertThat(api.post("/v1/customers/attributes", "{}")
                        .json()
                        .at("/errors/0/source/pointer")
                        .asText())
                .isEqualTo("/ids");
        assertThat(api.post("/v1/customers/attributes", "{\"ids\":[]}").status())
                .isEqualTo(400);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("\"user-" + i + "\"");
        }
        assertThat(api.post("/v1/customers/attributes", "{\"ids\":[" + String.join(",", tooMany) + "]}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/v1/customers/attributes", "{\"ids\":[" + String.join(",", tooMany.subList(0, 100)) + "]}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/v1/customers/attributes", "{\"ids\":[{\"id\":1}]}")
                        .json()
                        .at("/errors/0/source/pointer")
                        .asText())
                .isEqualTo("/ids/0");
        assertThat(api.post("/v1/customers/attributes?id_type=nope", "{\"ids\":[\"user-17\"]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void getPeopleEmailAnswersEveryProfileWithTheAddress() {
        JsonNode body = api.get("/v1/customers?email=shared%40globex.test").json();

        JsonShape.of(body, "body").array("results").andNothingElse();
        assertThat(body.get("results")).hasSize(2);
        JsonShape.of(body.get("results").get(0), "result")
                .string("id", "email", "cio_id")
                .andNothingElse();
        assertThat(body.get("results").get(1).get("id").asText()).isEqualTo("user-23");
        assertThat(api.get("/v1/customers?email=ANA%40acme.test").json().toString())
                .isEqualTo("{\"results\":[{\"id\":\"user-17\",\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"}]}");
        assertThat(api.get("/v1/customers?email=nobody%40acme.test").json().get("results"))
                .isEmpty();
        assertThat(api.get("/v1/customers").status()).isEqualTo(400);
    }

    @Test
    void getPeopleFilterAnswersIdentifiersIdsAndNext() {
        ApiClient.Reply reply = api.post(
                "/v1/customers?limit=2",
                "{\"filter\":{\"or\":[{\"segment\":{\"id\":7}},{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\","
                        + "\"value\":\"pro\"}}]}}");

        JsonNode body = reply.json();
        JsonShape.of(body, "body").array("identifiers", "ids").string("next").andNothingElse();
        assertThat(body.get("ids").toString()).isEqualTo("[\"user-17\",\"user-18\"]");
        assertThat(body.get("identifiers").toString())
                .isEqualTo("[{\"id\":\"user-17\",\"email\":\"ana@acme.test\","
                        + "\"cio_id\":\"a3000001\"},{\"id\":\"user-18\",\"email\":null,\"cio_id\":\"a3000002\"}]");
        assertThat(body.get("next").asText()).isNotEmpty();
        assertThat(api.post("/v1/customers", "{}")
                        .json()
                        .at("/errors/0/source/pointer")
                        .asText())
                .isEqualTo("/filter");
    }

    @Test
    void getPersonSegmentsListsManualDynamicAndSyntheticMemberships() {
        JsonNode body = api.get("/v1/customers/user-17/segments").json();

        JsonShape.of(body, "body").array("segments").andNothingElse();
        JsonShape.of(body.get("segments").get(0), "segment")
                .integer("id")
                .string("name", "description")
                .andNothingElse();
        assertThat(ids(body.get("segments"), "id")).containsExactly("7", "8", "42");
        assertThat(ids(
                        api.get("/v1/customers/synth-900-0000000005/segments")
                                .json()
                                .get("segments"),
                        "id"))
                .containsExactly("900");
        simulator.workspace().removeSyntheticMembers(900, 5);
        assertThat(api.get("/v1/customers/synth-900-0000000005/segments").json().get("segments"))
                .isEmpty();
    }

    @Test
    void getPersonRelationshipsAnswersIntegerObjectTypeIds() {
        JsonNode body = api.get("/v1/customers/user-17/relationships").json();

        JsonShape.of(body, "body").array("cio_relationships").string("next").andNothingElse();
        JsonNode first = body.get("cio_relationships").get(0);
        JsonShape.of(first, "relationship")
                .integer("object_type_id")
                .object("identifiers", "attributes", "timestamps")
                .andNothingElse();
        JsonShape.of(first.get("identifiers"), "identifiers")
                .string("object_id", "cio_object_id")
                .andNothingElse();
        assertThat(first.toString())
                .isEqualTo(
                        "{\"object_type_id\":1,\"identifiers\":{\"object_id\":\"acme-co\","
                                + "\"cio_object_id\":\"ob0a1b2c\"},\"attributes\":{\"role\":\"admin\"},\"timestamps\":{\"role\":1717600000}}");
        assertThat(body.get("next").asText()).isEmpty();

        JsonNode page = api.get("/v1/customers/user-17/relationships?limit=1").json();
        assertThat(page.get("cio_relationships")).hasSize(1);
        JsonNode rest = api.get("/v1/customers/user-17/relationships?limit=1&start="
                        + page.get("next").asText())
                .json();
        assertThat(rest.at("/cio_relationships/0/identifiers/object_id").asText())
                .isEqualTo("apollo");
        assertThat(rest.get("next").asText()).isEmpty();
    }

    @Test
    void getPersonActivitiesAnswersNewestFirstWithTheActivityShape() {
        JsonNode body = api.get("/v1/customers/user-17/activities").json();

        JsonShape.of(body, "body").array("activities").string("next").andNothingElse();
        JsonNode activities = body.get("activities");
        assertThat(activities).hasSize(7);
        long previous = Long.MAX_VALUE;
        for (JsonNode activity : activities) {
            assertThat(activity.get("timestamp").asLong()).isLessThanOrEqualTo(previous);
            previous = activity.get("timestamp").asLong();
        }
        JsonNode delivered = find(activities, "type", "delivered_email");
        JsonShape.of(delivered, "activity")
                .string("id", "type", "customer_id", "delivery_id", "delivery_type")
                .integer("timestamp")
                .object("customer_identifiers", "data")
                .andNothingElse();
        JsonShape.of(delivered.get("data"), "data")
                .integer("delivered")
                .string("delivery_id")
                .bool("opened")
                .andNothingElse();
        JsonShape.of(find(activities, "type", "page"), "page")
                .string("id", "type", "customer_id", "url")
                .integer("timestamp")
                .object("customer_identifiers")
                .andNothingElse();
        JsonShape.of(find(activities, "type", "screen"), "screen")
                .string("id", "type", "customer_id", "name")
                .integer("timestamp")
                .object("customer_identifiers")
                .andNothingElse();

        JsonNode changes = api.get("/v1/customers/user-17/activities?type=attribute_change&limit=1")
                .json();
        assertThat(changes.get("activities").get(0).toString())
                .isEqualTo("{\"id\":\"01HZX3K9Q2V7M8N4P5R6S7T8UV\","
                        + "\"type\":\"attribute_change\",\"timestamp\":1718001234,\"customer_id\":\"user-17\","
                        + "\"customer_identifiers\":{\"id\":\"user-17\",\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"},"
                        + "\"data\":{\"plan\":{\"from\":\"basic\",\"to\":\"pro\"}}}");
    }

    @Test
    void activitiesFilterByTypeAndName() {
        assertThat(types(api.get("/v1/customers/user-17/activities?name=upgraded_plan")
                        .json()))
                .containsExactly("event");
        assertThat(types(api.get("/v1/customers/user-17/activities?name=plan").json()))
                .containsExactly("attribute_change");
        assertThat(types(api.get("/v1/customers/user-17/activities?type=opened_email")
                        .json()))
                .containsExactly("opened_email");
        assertThat(api.get("/v1/customers/user-17/activities?type=_o:1:create")
                        .json()
                        .get("activities"))
                .isEmpty();

        ApiClient.Reply badType = api.get("/v1/customers/user-17/activities?type=teleported");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().at("/errors/0/source/parameter").asText()).isEqualTo("type");
        assertThat(api.get("/v1/customers/user-17/activities?limit=101").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/customers/nobody/activities").status()).isEqualTo(404);
    }

    @Test
    void addedActivitiesAppearFirst() {
        simulator.workspace().addActivity("user-17", Activity.event("purchase").withData(Map.of("amount", 49)));

        JsonNode newest =
                api.get("/v1/customers/user-17/activities?limit=1").json().at("/activities/0");
        assertThat(newest.get("type").asText()).isEqualTo("event");
        assertThat(newest.get("name").asText()).isEqualTo("purchase");
        assertThat(newest.get("id").asText()).hasSize(26);
        assertThat(newest.at("/data/amount").asInt()).isEqualTo(49);

        simulator
                .workspace()
                .addActivity("user-17", Activity.page("https://acme.test/old").at(1_600_000_000L));
        JsonNode all =
                api.get("/v1/customers/user-17/activities?limit=100").json().get("activities");
        assertThat(all.get(0).get("name").asText()).isEqualTo("purchase");
        assertThat(all.get(all.size() - 1).get("url").asText()).isEqualTo("https://acme.test/old");
    }

    @Test
    void getPersonMessagesAnswersTheMessageShapeWithinTheTimeWindow() {
        JsonNode body = api.get("/v1/customers/user-17/messages?limit=1&start_ts=1717000000&end_ts=1718400000")
                .json();

        JsonShape.of(body, "body").array("messages").string("next").andNothingElse();
        JsonNode message = body.get("messages").get(0);
        JsonShape.of(message, "message")
                .string("id", "deduplicate_id", "customer_id", "recipient", "subject", "type")
                .integer("campaign_id", "action_id", "created")
                .integerOrNull("broadcast_id", "newsletter_id", "content_id")
                .stringOrNull("failure_message")
                .bool("forgotten")
                .object("metrics")
                .andNothingElse();
        assertThat(message.toString())
                .isEqualTo(
                        "{\"id\":\"dgOeBgEAAYw2xN8yAAGQ9lQzW3k=\","
                                + "\"deduplicate_id\":\"dgOeBgEAAYw2xN8y:1718002000\",\"customer_id\":\"user-17\",\"campaign_id\":12,"
                                + "\"action_id\":88,\"broadcast_id\":null,\"newsletter_id\":null,\"content_id\":null,\"created\":1718002000,"
                                + "\"recipient\":\"ana@acme.test\",\"subject\":\"Welcome to Pro\",\"type\":\"email\","
                                + "\"failure_message\":null,\"forgotten\":false,\"metrics\":{\"sent\":1718002003,\"delivered\":1718002010}}");
        JsonNode rest = api.get("/v1/customers/user-17/messages?limit=1&start_ts=1717000000&end_ts=1718400000&start="
                        + body.get("next").asText())
                .json();
        assertThat(rest.at("/messages/0/failure_message").asText()).isEqualTo("device token expired");
        assertThat(rest.get("next").asText()).isEmpty();
        assertThat(api.get("/v1/customers/user-17/messages").json().get("messages"))
                .hasSize(3);
        assertThat(api.get("/v1/customers/user-17/messages?start_ts=soon").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/customers/user-17/messages?limit=1001").status())
                .isEqualTo(400);
    }

    @Test
    void addedMessagesGetGeneratedIdsAndTheEmailAsRecipient() {
        Message stored = simulator
                .workspace()
                .addMessage(
                        "user-21",
                        Message.email(12, 90, "Hello")
                                .withMetric("sent", 1_718_700_000L)
                                .at(1_718_700_000L));

        JsonNode message = api.get("/v1/customers/user-21/messages").json().at("/messages/0");
        assertThat(message.get("id").asText()).isEqualTo(stored.id()).endsWith("=");
        assertThat(message.get("deduplicate_id").asText()).endsWith(":1718700000");
        assertThat(message.get("recipient").asText()).isEqualTo("eve@initech.test");
    }

    @Test
    void syntheticMembersAreResolvableAsPeople() {
        Person member = simulator.workspace().syntheticPerson(900, 42);
        assertThat(member.id()).isEqualTo("synth-900-0000000042");

        JsonNode byId =
                api.get("/v1/customers/synth-900-0000000042/attributes").json().get("customer");
        assertThat(byId.at("/identifiers/cio_id").asText()).isEqualTo(member.cioId());
        JsonNode byEmail = api.get("/v1/customers/" + member.email().replace("@", "%40") + "/attributes?id_type=email")
                .json()
                .get("customer");
        assertThat(byEmail.get("id").asText()).isEqualTo(member.id());
        JsonNode byCioId = api.get("/v1/customers/" + member.cioId() + "/attributes?id_type=cio_id")
                .json()
                .get("customer");
        assertThat(byCioId.get("id").asText()).isEqualTo(member.id());
        assertThat(api.get("/v1/customers/synth-900-0000001000/attributes").status())
                .isEqualTo(404);
        assertThat(api.get("/v1/customers/synth-900-0000000049/attributes")
                        .json()
                        .at("/customer/identifiers/email")
                        .isNull())
                .isTrue();
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static List<String> types(JsonNode body) {
        return ids(body.get("activities"), "type");
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            JsonNode item = it.next();
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value + " in " + items);
    }
}
