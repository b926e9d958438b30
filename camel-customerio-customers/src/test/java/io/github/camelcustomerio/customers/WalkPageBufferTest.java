package io.github.camelcustomerio.customers;

import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.paging.Page;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A walk holds one page at a time: its pages are read into one array, an item of a page the walk has left behind can
 * no longer be built (an error, never an item of the page now in the array), and the end of the walk lets the array
 * go.
 */
class WalkPageBufferTest extends WireMockTestSupport {

    private static final String PATH = "/v1/segments/7/membership";

    @Test
    void thePagesOfAWalkShareOneArrayAndALeftPageCannotBeRead() throws Exception {
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("limit", equalTo("30000"))
                .withQueryParam("start", equalTo("p2"))
                .willReturn(okJson("{\"identifiers\":[{\"id\":\"user-3\",\"email\":\"c@x.test\",\"cio_id\":\"c3\"}],"
                        + "\"ids\":[\"user-3\"],\"next\":\"\"}")));
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("limit", equalTo("30000"))
                .withQueryParam("start", equalTo("p1"))
                .willReturn(okJson("{\"identifiers\":[{\"id\":\"user-1\",\"email\":\"a@x.test\",\"cio_id\":\"c1\"},"
                        + "{\"id\":\"user-2\",\"email\":\"b@x.test\",\"cio_id\":\"c2\"}],"
                        + "\"ids\":[\"user-1\",\"user-2\"],\"next\":\"p2\"}")));
        CustomerIoCustomersEndpoint endpoint = context.getEndpoint(
                "customerio-customers:getSegmentMembership?segmentId=7", CustomerIoCustomersEndpoint.class);
        PageFetcher fetcher = new PageFetcher(
                endpoint.client(),
                new ApiRequest(CustomerIoOperation.getSegmentMembership, PATH, Map.of("start", "p1"), Map.of(), null));

        Page first = fetcher.fetch(null);
        assertThat(first.items().get(0)).isEqualTo(member(1, "a", "c1"));
        int capacity = fetcher.bufferCapacity();
        assertThat(capacity).isPositive();

        Page second = fetcher.fetch(first.next());

        assertThat(second.items()).containsExactly(member(3, "c", "c3"));
        assertThat(second.isLast()).isTrue();
        assertThat(fetcher.bufferCapacity())
                .as("the second, shorter page reuses the array")
                .isEqualTo(capacity);
        assertThatThrownBy(() -> first.items().get(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 1 of a page that was released");

        fetcher.release();

        assertThat(fetcher.bufferCapacity()).isZero();
        assertThatThrownBy(() -> second.items().get(0)).isInstanceOf(IllegalStateException.class);
        assertThat(fetcher.fetch(null).items()).hasSize(2);
    }

    private static Map<String, Object> member(int number, String letter, String cioId) {
        return Map.of("id", "user-" + number, "email", letter + "@x.test", "cio_id", cioId);
    }
}
