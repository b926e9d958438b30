package io.github.camelcustomerio.customers.paging;

import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.CustomerIoClient;

/**
 * Fetches the pages of one paged call: the first one as the request asks, the following ones with
 * {@code start=<cursor>}. Shared by the producer's lazy paging and the consumer. A request without {@code limit}
 * asks for the largest page the service gives ({@link Pagination#walkLimit()}): a walk's cost is its number of
 * requests under the workspace's rate limit, not the size of its pages.
 */
public final class PageFetcher {

    private final CustomerIoClient client;
    private final ApiRequest request;
    private final Pagination paging;

    public PageFetcher(CustomerIoClient client, ApiRequest request) {
        this.client = client;
        this.paging = request.operation()
                .paging()
                .orElseThrow(
                        () -> new IllegalArgumentException(request.operation().name() + " is not paged"));
        this.request = request.queryValue(Pagination.LIMIT_PARAMETER).isPresent()
                ? request
                : request.withQuery(Pagination.LIMIT_PARAMETER, Integer.toString(paging.walkLimit()));
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
