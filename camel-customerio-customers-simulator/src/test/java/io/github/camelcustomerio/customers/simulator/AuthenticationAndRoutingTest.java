package io.github.camelcustomerio.customers.simulator;

import io.github.camelcustomerio.customers.simulator.http.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationAndRoutingTest extends SimulatorTestSupport {

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().apiKey("test-key");
    }

    @Test
    void missingKeyIsUnauthorized() {
        ApiClient.Reply reply = api.withAuthorization(null).get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.text())
                .isEqualTo("{\"errors\":[{\"status\":\"401\",\"detail\":\"missing Authorization header; "
                        + "send Authorization: Bearer <App API key>\",\"code\":\"unauthorized\"}]}");
    }

    @ParameterizedTest
    @CsvSource({"Bearer wrong-key", "Basic dGVzdC1rZXk=", "test-key", "Bearer"})
    void wrongKeysAreUnauthorized(String authorization) {
        ApiClient.Reply reply = api.withAuthorization(authorization).get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text())
                .isEqualTo(
                        "{\"errors\":[{\"status\":\"401\",\"detail\":\"invalid App API key\",\"code\":\"unauthorized\"}]}");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        assertThat(api.withAuthorization("bearer test-key")
                        .get("/v1/segments/7")
                        .status())
                .isEqualTo(200);
        assertThat(simulator.apiKey()).isEqualTo("test-key");
    }

    @Test
    void unauthenticatedRequestsAreAnsweredBeforeRouting() {
        assertThat(api.withAuthorization(null).get("/v2/nothing").status()).isEqualTo(401);
    }

    @Test
    void unknownPathsAndMethods() {
        ApiClient.Reply unknown = api.get("/v1/nothing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/errors/0/code").asText()).isEqualTo("not_found");

        ApiClient.Reply wrongMethod = api.send("PUT", "/v1/segments/7", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("DELETE, GET");
        assertThat(api.get("/v1/customers/attributes").status()).isEqualTo(405);
        assertThat(api.get("/v1/segments/7/").status()).isEqualTo(404);
    }

    @Test
    void everyOperationIsServed() {
        String[][] requests = {
            {"POST", "/v1/segments", "{\"segment\":{\"name\":\"n\"}}"},
            {"GET", "/v1/subscription_channels", null},
            {"GET", "/v1/objects/1/acme-co/attributes", null},
            {"GET", "/v1/objects/1/acme-co/relationships", null},
            {"GET", "/v1/object_types", null},
            {
                "POST",
                "/v1/objects",
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"exists\",\"type_id\":\"1\"}}}"
            },
            {"POST", "/v1/customers/attributes", "{\"ids\":[\"user-17\"]}"},
            {"GET", "/v1/customers?email=ana%40acme.test", null},
            {"POST", "/v1/customers", "{\"filter\":{\"segment\":{\"id\":7}}}"},
            {"GET", "/v1/customers/user-17/activities", null},
            {"GET", "/v1/customers/user-17/attributes", null},
            {"GET", "/v1/customers/user-17/messages", null},
            {"GET", "/v1/customers/user-17/relationships", null},
            {"GET", "/v1/customers/user-17/segments", null},
            {"GET", "/v1/customers/user-17/subscription_preferences", null},
            {"GET", "/v1/segments/7", null},
            {"GET", "/v1/segments/7/customer_count", null},
            {"GET", "/v1/segments/7/used_by", null},
            {"GET", "/v1/segments/7/membership", null},
            {"GET", "/v1/subscription_center/user-17/token", null},
            {"DELETE", "/v1/segments/43", null},
        };
        assertThat(requests.length).isEqualTo(Operation.values().length);
        for (String[] request : requests) {
            ApiClient.Reply reply = api.send(request[0], request[1], request[2]);
            assertThat(reply.status())
                    .as(request[0] + " " + request[1] + ": " + reply.text())
                    .isEqualTo(request[0].equals("DELETE") ? 204 : 200);
            if (reply.status() == 200) {
                assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            }
        }
    }
}
