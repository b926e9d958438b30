package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.api.ApiParameter;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each call parameter is spelled once, in {@link ApiParameter}. The two other spellings Camel's annotation processing
 * needs (the URI option fields of {@link CustomerIoCallParameters}, the header constants of
 * {@link CustomerIoCustomersConstants}) must say exactly the same.
 */
class ParameterSpellingTest {

    @Test
    void theUriOptionsAreExactlyTheApiParameters() throws IOException {
        List<String> options = new ArrayList<>();
        descriptor().path("properties").properties().forEach(entry -> {
            if ("parameter".equals(entry.getValue().path("group").asText())) {
                options.add(entry.getKey());
            }
        });
        assertThat(options)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ApiParameter.values())
                        .map(ApiParameter::uriOption)
                        .toList());
    }

    @Test
    void everyApiParameterHasItsHeaderConstant() throws IllegalAccessException {
        List<String> headers = new ArrayList<>();
        for (Field field : CustomerIoCustomersConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Metadata.class)) {
                headers.add((String) field.get(null));
            }
        }
        assertThat(headers)
                .containsAll(Arrays.stream(ApiParameter.values())
                        .map(ApiParameter::header)
                        .toList());
        assertThat(ApiParameter.SEGMENT_ID.header()).isEqualTo(CustomerIoCustomersConstants.SEGMENT_ID);
        assertThat(ApiParameter.ACCEPT_LANGUAGE.header()).isEqualTo(CustomerIoCustomersConstants.ACCEPT_LANGUAGE);
    }

    @Test
    void theEndpointReadsEveryUriOptionByItsName() throws Exception {
        try (org.apache.camel.impl.DefaultCamelContext context = new org.apache.camel.impl.DefaultCamelContext()) {
            context.start();
            CustomerIoCustomersEndpoint endpoint = context.getEndpoint(
                    "customerio-customers:getPersonMessages?customerId=u1&idType=email&limit=7&startTs=1700000000"
                            + "&endTs=1700000100&start=abc&apiKey=k",
                    CustomerIoCustomersEndpoint.class);

            assertThat(endpoint.uriOption(ApiParameter.CUSTOMER_ID)).isEqualTo("u1");
            assertThat(endpoint.uriOption(ApiParameter.ID_TYPE)).isEqualTo("email");
            assertThat(endpoint.uriOption(ApiParameter.LIMIT)).isEqualTo(7);
            assertThat(endpoint.uriOption(ApiParameter.START_TS)).isEqualTo(1_700_000_000L);
            assertThat(endpoint.uriOption(ApiParameter.END_TS)).isEqualTo(1_700_000_100L);
            assertThat(endpoint.uriOption(ApiParameter.START)).isEqualTo("abc");
            assertThat(endpoint.uriOption(ApiParameter.SEGMENT_ID)).isNull();
        }
    }

    private static JsonNode descriptor() throws IOException {
        try (InputStream in = ParameterSpellingTest.class.getResourceAsStream(DocumentationTest.DESCRIPTOR)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
