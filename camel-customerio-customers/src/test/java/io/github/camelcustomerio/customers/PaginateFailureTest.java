package io.github.camelcustomerio.customers;

import java.util.Iterator;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A paginate=true walk whose next page cannot be fetched is over: asked again (Camel's streaming splitter asks twice),
 * it fails the same way, rather than start over from the first page and hand its items a second time.
 */
class PaginateFailureTest extends WireMockTestSupport {

    private static final String PATH = "/v1/segments/7/membership";

    @Test
    @SuppressWarnings("unchecked")
    void aWalkThatFailedFailsAgainWithoutAnotherRequest() {
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("start", absent())
                .willReturn(okJson("{\"identifiers\":[{\"id\":\"user-1\",\"email\":null,\"cio_id\":\"c1\"}],"
                        + "\"ids\":[\"user-1\"],\"next\":\"p1\"}")));
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("start", equalTo("p1"))
                .willReturn(serverError().withBody("{\"errors\":[{\"detail\":\"upstream exploded\"}]}")));
        Iterator<Map<String, Object>> members = template.requestBody(
                "customerio-customers:getSegmentMembership?segmentId=7&paginate=true", null, Iterator.class);

        assertThat(members.next()).containsEntry("id", "user-1");
        Throwable failure = catchThrowable(members::hasNext);

        assertThat(failure).isInstanceOf(CustomerIoApiException.class).hasMessageContaining("HTTP 500");
        assertThatThrownBy(members::hasNext).isSameAs(failure);
        assertThatThrownBy(members::next).isSameAs(failure);
        assertThat(server.getAllServeEvents()).hasSize(2);
    }
}
