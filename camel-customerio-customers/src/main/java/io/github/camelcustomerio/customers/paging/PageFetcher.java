package io.github.camelcustomerio.customers.paging;

import java.util.HashSet;
import java.util.Set;

import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.CustomerIoClient;
import io.github.camelcustomerio.customers.client.PageBuffer;
import io.github.camelcustomerio.customers.client.ResponseReader;

/**
 * Fetches the pages of one paged call: the first one as the request asks, the following ones with
 * {@code start=<cursor>}. Shared by the producer's lazy paging and the consumer. A request without {@code limit}
 * asks for the largest page the service gives ({@link Pagination#walkLimit()}): a walk's cost is its number of
 * requests under the workspace's rate limit, not the size of its pages.
 *
 * <p>Pages are read into one {@link PageBuffer}, so a walk holds one page at a time: fetching a page releases the
 * one fetched before (whose items can no longer be built), and {@link #release()} ends the walk. A page whose next
 * cursor is one the walk has already fetched fails as an invalid answer, before any of its items is handed. Not
 * thread-safe.
 */
public final class PageFetcher {

    private final CustomerIoClient client;
    private final ApiRequest request;
    private final Pagination paging;
    private final PageBuffer buffer = new PageBuffer();
    /** The page fetched last, until it is released. */
    private PageItems current;
    /**
     * The cursors this walk has fetched, one per page: a next cursor among them would lead the walk round the same
     * pages for ever, spending the workspace's requests, so such a page fails instead.
     */
    private final Set<String> walked = new HashSet<>();

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

    /**
     * The page at the cursor; a null cursor means the request's own starting point. The page fetched before is
     * released: its items can no longer be built.
     */
    public Page fetch(String cursor) {
        PageItems released = current;
        releasePage();
        ApiRequest pageRequest = cursor == null ? request : request.withQuery(Pagination.START_PARAMETER, cursor);
        String fetchedAt =
                cursor == null ? request.queryValue(Pagination.START_PARAMETER).orElse(null) : cursor;
        ApiResponse response = client.send(pageRequest, buffer);
        Page page = PageReader.read(request.operation(), response, paging, fetchedAt, released);
        current = (PageItems) page.items(); // what PageReader builds
        if (cursor == null) {
            walked.clear();
        }
        if (fetchedAt != null) {
            walked.add(fetchedAt);
        }
        if (!page.isLast() && walked.contains(page.next())) {
            throw ResponseReader.invalid(
                    request.operation(),
                    response,
                    "its next cursor " + CustomerIoParameterException.quoted(page.next())
                            + " leads back to a page this walk has read: following it would walk the same pages"
                            + " forever");
        }
        return page;
    }

    /** The walk is over: the last page is released and the buffer's array goes until the next walk. */
    public void release() {
        releasePage();
        walked.clear();
        buffer.release();
    }

    /** The bytes this fetcher holds between two pages: the buffer's array, 0 between walks. */
    public int bufferCapacity() {
        return buffer.capacity();
    }

    private void releasePage() {
        if (current != null) {
            current.release();
            current = null;
        }
    }

    public Pagination paging() {
        return paging;
    }

    public ApiRequest request() {
        return request;
    }
}
