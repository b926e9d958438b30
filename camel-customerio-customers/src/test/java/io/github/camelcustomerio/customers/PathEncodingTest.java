package io.github.camelcustomerio.customers;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Awkward ids stay exactly one path segment; query values are encoded too. */
class PathEncodingTest extends WireMockTestSupport {

    @BeforeEach
    void answerEverything() {
        answerEveryRequestWith("{}");
    }

    @ParameterizedTest(name = "customer id ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "+14155552671        | %2B14155552671",
                "ana@acme.test       | ana%40acme.test",
                "team/ana            | team%2Fana",
                "ana smith           | ana%20smith",
                "100%                | 100%25",
                "what?               | what%3F",
                "a#b                 | a%23b",
                "zoë-東京            | zo%C3%AB-%E6%9D%B1%E4%BA%AC",
                "..                  | %2E%2E",
                "user_1.2~x          | user_1.2~x"
            })
    void customerIdIsOnePathSegment(String id, String encoded) {
        call("customerio-customers:getPersonAttributes", Map.of(CustomerIoCustomersConstants.CUSTOMER_ID, id), null);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/customers/" + encoded + "/attributes");
    }

    @ParameterizedTest(name = "object id ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {"acme/co | acme%2Fco", "a+b c | a%2Bb%20c"})
    void objectIdIsOnePathSegment(String id, String encoded) {
        call(
                "customerio-customers:getObjectAttributes?objectTypeId=1",
                Map.of(CustomerIoCustomersConstants.OBJECT_ID, id),
                null);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/objects/1/" + encoded + "/attributes");
    }

    @ParameterizedTest(name = "email ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {"ana+tag@acme.test | ana%2Btag%40acme.test", "a&b=c@x.io | a%26b%3Dc%40x.io"})
    void queryValuesAreEncoded(String email, String encoded) {
        call("customerio-customers:getPeopleEmail", Map.of(CustomerIoCustomersConstants.EMAIL, email), null);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/customers?email=" + encoded);
        assertThat(onlyRequest().queryParameter("email").firstValue()).isEqualTo(email);
    }
}
