package io.github.camelcustomerio.customers.paging;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every item of a paged call, across all its pages, fetched lazily: the next page is only asked for when the
 * previous one has been consumed, so that {@code .split(body()).streaming()} walks any number of items in constant
 * memory. Single use, like any Iterator; once a page cannot be fetched, every further call fails the same way.
 */
public final class PagedItems implements Iterator<Map<String, Object>>, Closeable {

    private final PageFetcher fetcher;
    private final ProgressLog progress;
    private Page page;
    private Iterator<Map<String, Object>> items;
    private boolean closed;
    /** Why a page could not be fetched: the walk is over, and says so every time it is asked for more. */
    private RuntimeException failure;

    public PagedItems(PageFetcher fetcher, ProgressLog progress) {
        this.fetcher = fetcher;
        this.progress = progress;
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        while (!closed && (items == null || !items.hasNext())) {
            if (page != null && page.isLast()) {
                close();
                progress.finished();
                return false;
            }
            String next = page == null ? null : page.next();
            // the page's bytes go now, not once the next page has been read in beside them
            page = null;
            items = null;
            try {
                page = fetcher.fetch(next);
            } catch (RuntimeException e) {
                // asked again, the walk must not start over from its first page: it failed
                failure = e;
                close();
                throw e;
            }
            items = page.items().iterator();
            progress.page(page.items().size());
        }
        return !closed;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return items.next();
    }

    /** Stops the walk: no further page is fetched, and the page buffer goes. */
    @Override
    public void close() {
        closed = true;
        page = null;
        items = null;
        fetcher.release();
    }

    @Override
    public String toString() {
        return "PagedItems[" + fetcher.request() + "]";
    }
}
