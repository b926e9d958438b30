package io.github.camelcustomerio.customers.paging;

import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.CustomerIoClient;

/**
 * Fetches the pages of one paged call: the first one as the request asks, the following ones with
 * {@code start=<cursor>}. Shared by the producer's lazy paging and the consumer.
 */
public final class PageFetcher {

    private final CustomerIoClient client;
    private final ApiRequest request;
    private final Pagination paging;

    public PageFetcher(CustomerIoClient client, ApiRequest request) {
        this.client = client;
        this.request = request;
        this.paging = request.operation()
                .paging()
                .orElseThrow(
                        () -> new IllegalArgumentException(request.operation().name() + " is not paged"));
    }

    /** The page at the cursor; a null cursor means the request's own starting point. */
    public Page fetch(String cursor) {
        ApiRequest pageRequest = cursor == null ? request : request.withQuery(Pagination.START_PARAMETER, cursor);
        String fetchedAt =
                cursor == null ? request.queryValue(Pagination.START_PARAMETER).orElse(null) : cursor;
        return PageReader.read(request.operation(), client.send(pageRequest), paging, fetchedAt);
    }

    public Pagination paging() {
        return paging;
    }

    public ApiRequest request() {
        return request;
    }
}
