package io.github.camelcustomerio.customers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.model.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionOperationsTest extends SimulatorTestSupport {

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().apiKey("test-key");
    }

    @Test
    void getChannelsAnswersTheChannels() {
        JsonNode body = api.get("/v1/subscription_channels").json();

        JsonShape.of(body, "body").array("channels").andNothingElse();
        JsonShape.of(body.get("channels").get(0), "channel")
                .integer("id")
                .string("name", "description", "type")
                .bool("subscribed_by_default")
                .andNothingElse();
        assertThat(body.toString())
                .isEqualTo("{\"channels\":[{\"id\":1,\"name\":\"Email\",\"description\":\"Marketing email\","
                        + "\"subscribed_by_default\":true,\"type\":\"email\"},{\"id\":2,\"name\":\"SMS\","
                        + "\"description\":\"Text messages\",\"subscribed_by_default\":false,\"type\":\"twilio\"}]}");

        simulator.workspace().putChannel(new Channel(3, "Push", "", true, "push"));
        assertThat(api.get("/v1/subscription_channels").json().get("channels")).hasSize(3);
    }

    @Test
    void preferencesAnswerTheRequestedLanguage() {
        JsonNode body = api.get("/v1/customers/user-17/subscription_preferences?language=fr")
                .json();

        JsonShape.of(body, "body").object("customer").andNothingElse();
        JsonNode customer = body.get("customer");
        JsonShape.of(customer, "customer")
                .string("id")
                .object("identifiers", "header")
                .bool("unsubscribed")
                .array("topics")
                .andNothingElse();
        JsonShape.of(customer.get("header"), "header")
                .string("title", "subtitle")
                .andNothingElse();
        JsonShape.of(customer.get("topics").get(0), "topic")
                .string("id", "name", "description")
                .bool("subscribed")
                .andNothingElse();
        assertThat(customer.toString())
                .isEqualTo(
                        "{\"id\":\"user-17\",\"identifiers\":{\"id\":\"user-17\","
                                + "\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"},\"unsubscribed\":false,"
                                + "\"header\":{\"title\":\"Vos préférences\",\"subtitle\":\"Choisissez vos sujets\"},"
                                + "\"topics\":[{\"id\":\"1\",\"name\":\"Offres\",\"description\":\"Promotions\",\"subscribed\":true},"
                                + "{\"id\":\"2\",\"name\":\"Nouveautés\",\"description\":\"\",\"subscribed\":false},"
                                + "{\"id\":\"3\",\"name\":\"Events\",\"description\":\"Meetups and webinars\",\"subscribed\":false}]}");
    }

    @Test
    void languageComesFromTheQueryThenAcceptLanguageThenTheDefault() {
        assertThat(title(api.get("/v1/customers/user-17/subscription_preferences")))
                .isEqualTo("Your preferences");
        assertThat(title(api.send(
                        "GET",
                        "/v1/customers/user-17/subscription_preferences",
                        null,
                        "Accept-Language",
                        "fr-CA,fr;q=0.9,en;q=0.8")))
                .isEqualTo("Vos préférences");
        assertThat(title(api.send(
                        "GET",
                        "/v1/customers/user-17/subscription_preferences",
                        null,
                        "Accept-Language",
                        "de;q=1.0, fr;q=0.5")))
                .isEqualTo("Vos préférences");
        assertThat(title(api.send(
                        "GET",
                        "/v1/customers/user-17/subscription_preferences?language=en",
                        null,
                        "Accept-Language",
                        "fr")))
                .isEqualTo("Your preferences");
        assertThat(title(api.get("/v1/customers/user-17/subscription_preferences?language=de")))
                .isEqualTo("Your preferences");
        assertThat(title(api.get("/v1/customers/user-17/subscription_preferences?language=fr-BE")))
                .isEqualTo("Vos préférences");

        ApiClient.Reply malformed = api.get("/v1/customers/user-17/subscription_preferences?language=%3Cscript%3E");
        assertThat(malformed.status()).isEqualTo(400);
        JsonShape.of(malformed.json().get("errors").get(0), "error")
                .string("status", "detail", "code")
                .object("source")
                .andNothingElse();
    }

    @Test
    void preferencesFollowThePersonsChoicesAndTheTopicDefaults() {
        JsonNode topics =
                api.get("/v1/customers/user-19/subscription_preferences").json().at("/customer/topics");
        assertThat(topics.toString())
                .isEqualTo(
                        "[{\"id\":\"1\",\"name\":\"Offers\",\"description\":\"Promotions\","
                                + "\"subscribed\":false},{\"id\":\"2\",\"name\":\"What's new\",\"description\":\"\",\"subscribed\":true},"
                                + "{\"id\":\"3\",\"name\":\"Events\",\"description\":\"Meetups and webinars\",\"subscribed\":true}]");

        simulator.workspace().setTopicPreference("user-19", 2, false);
        simulator.workspace().setUnsubscribed("user-19", true);
        JsonNode customer = api.get("/v1/customers/carla%40globex.test/subscription_preferences?id_type=email")
                .json()
                .get("customer");
        assertThat(customer.at("/topics/1/subscribed").asBoolean()).isFalse();
        assertThat(customer.get("unsubscribed").asBoolean()).isTrue();
        assertThat(api.get("/v1/customers/user-19/attributes")
                        .json()
                        .at("/customer/attributes/cio_subscription_preferences")
                        .asText())
                .isEqualTo("{\"topics\":{\"topic_1\":false,\"topic_2\":false,\"topic_3\":true}}");
        assertThat(api.get("/v1/customers/nobody/subscription_preferences").status())
                .isEqualTo(404);
    }

    @Test
    void subscriptionCenterTokenByIdOrEmail() {
        ApiClient.Reply reply = api.get("/v1/subscription_center/ana%40acme.test/token");

        assertThat(reply.status()).isEqualTo(200);
        JsonShape.of(reply.json(), "body").string("token", "url").andNothingElse();
        String token = reply.json().get("token").asText();
        assertThat(token).matches("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(reply.json().get("url").asText()).isEqualTo("https://track.customer.io/u/i/" + token + "/");
        assertThat(simulator.verifySubscriptionCenterToken(token)).contains("a3000001");
        assertThat(simulator.verifySubscriptionCenterToken(token.substring(0, token.length() - 2) + "xx"))
                .isEmpty();

        String byId = api.get("/v1/subscription_center/user-17/token")
                .json()
                .get("token")
                .asText();
        assertThat(simulator.verifySubscriptionCenterToken(byId)).contains("a3000001");
    }

    @Test
    void subscriptionCenterTokenForUnknownPeopleIsTheSlim400() {
        ApiClient.Reply reply = api.get("/v1/subscription_center/nobody/token");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text()).isEqualTo("{\"errors\":[{\"detail\":\"customer not found\",\"status\":\"400\"}]}");
        assertThat(api.get("/v1/subscription_center/a3000001/token?id_type=cio_id")
                        .status())
                .isEqualTo(400);
    }

    private static String title(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().at("/customer/header/title").asText();
    }
}
