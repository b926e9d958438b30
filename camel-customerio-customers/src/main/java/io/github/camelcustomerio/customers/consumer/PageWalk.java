package io.github.camelcustomerio.customers.consumer;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.api.ItemKind;
import io.github.camelcustomerio.customers.client.Digests;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.paging.Page;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.paging.ProgressLog;

/**
 * What every walk shares: going through the pages in order, holding the current page, and a position made of the
 * page's cursor and the key of the last item processed in it. After a failure or a restart the page is fetched again
 * and the items up to that key are skipped; if that item has gone, the whole page is handed again (a duplicate,
 * never a loss). Subclasses decide, item by item, what to hand to the route and what happens at the end of a walk.
 */
abstract class PageWalk implements Walk {

    /** What to do with one item. */
    enum Decision {
        EMIT,
        SKIP,
        /** The walk is over at this item (it and everything after it are not needed). */
        STOP
    }

    protected final PageFetcher fetcher;
    protected final ItemKind kind;
    protected final StateStore store;
    private final String description;
    private final int progressInterval;

    protected String cursor;
    protected String after;
    private Page page;
    private List<Map<String, Object>> pending;
    private int index;
    private boolean finishedThisPoll;
    private ProgressLog progress;
    private final WalkStatus status = new WalkStatus();

    PageWalk(PageFetcher fetcher, StateStore store, String description, int progressInterval) {
        this.fetcher = fetcher;
        this.kind = fetcher.paging().itemKind();
        this.store = store;
        this.description = description;
        this.progressInterval = progressInterval;
    }

    @Override
    public WalkStatus status() {
        return status;
    }

    @Override
    public void startPoll() {
        finishedThisPoll = false;
    }

    @Override
    public Batch next(int max) {
        while (!finishedThisPoll) {
            Batch trailing = trailingBatch(max);
            if (trailing != null) {
                return trailing;
            }
            if (finishedThisPoll) {
                break;
            }
            if (page == null) {
                fetchPage();
            }
            // the positions of the items to hand, each built only when the consumer hands it (see PageItems)
            IntUnaryOperator positions;
            int count;
            int i;
            boolean stop = false;
            if (emitsEveryItem()) {
                // the next items in a row: no array of positions, which each young collection would copy
                int first = index;
                count = Math.min(max, pending.size() - index);
                i = index + count;
                positions = k -> first + k;
            } else {
                int[] emitted = new int[Math.min(max, pending.size() - index)];
                count = 0;
                i = index;
                while (i < pending.size() && count < max) {
                    Decision decision = decide(pending.get(i));
                    if (decision == Decision.STOP) {
                        stop = true;
                        break;
                    }
                    if (decision == Decision.EMIT) {
                        emitted[count++] = i;
                    }
                    i++;
                }
                positions = k -> emitted[k];
            }
            if (count > 0) {
                Page from = page;
                List<Map<String, Object>> items = pending;
                int size = count;
                List<Emission> emissions = new AbstractList<>() {
                    @Override
                    public Emission get(int k) {
                        Objects.checkIndex(k, size);
                        return emission(items.get(positions.applyAsInt(k)));
                    }

                    @Override
                    public int size() {
                        return size;
                    }
                };
                return new Batch(emissions, from.cursor(), from.next(), processed -> {
                    if (processed > 0 && page == from) {
                        consumeThrough(positions.applyAsInt(processed - 1) + 1);
                    }
                });
            }
            consumeThrough(i);
            if (stop || i >= pending.size()) {
                pageDone(stop);
            }
        }
        return null;
    }

    private void fetchPage() {
        if (progress == null) {
            progress = new ProgressLog(description, progressInterval);
            status.started(progress, expectedItems());
        }
        page = fetcher.fetch(cursor);
        pending = itemsAfter(page.items(), after);
        index = 0;
        progress.page(page.items().size());
    }

    /** The items following the one with key {@code after}; all of them if it is not on the page any more. */
    private List<Map<String, Object>> itemsAfter(List<Map<String, Object>> items, String afterKey) {
        if (afterKey != null) {
            for (int i = 0; i < items.size(); i++) {
                if (afterKey.equals(key(items.get(i)))) {
                    return items.subList(i + 1, items.size());
                }
            }
        }
        return items;
    }

    /** The route has processed (or the walk has passed over) the pending items before {@code end}. */
    private void consumeThrough(int end) {
        if (end > index) {
            after = key(pending.get(end - 1));
            index = end;
            positionMoved();
        }
    }

    private void pageDone(boolean stopped) {
        pageComplete(page);
        // the page's bytes go now, not once the next page has been read in beside them
        pending = null;
        if (stopped || page.isLast()) {
            fetcher.release();
            cursor = null;
            after = null;
            page = null;
            progress.finished();
            progress = null;
            finishedThisPoll = walkComplete();
            if (finishedThisPoll) {
                status.completed();
            }
        } else {
            cursor = page.next();
            after = null;
            page = null;
            positionMoved();
        }
    }

    /** Ends the walk for this poll (after walkComplete answered true, or from a trailing phase). */
    protected void finishThisPoll() {
        finishedThisPoll = true;
        status.completed();
    }

    /** How many items this walk is expected to read, -1 if unknown: by default, as many as the last one. */
    protected long expectedItems() {
        WalkStatus.CompletedWalk last = status.lastCompleted();
        return last == null ? -1 : last.items();
    }

    /**
     * What tells the item apart from the others of the walk ({@link ItemKind#key}); for an item without the fields
     * that identify it, a fingerprint of its whole content, so that the walk keeps its place past it and two such items
     * are told apart unless they are the same.
     */
    protected final String key(Map<String, Object> item) {
        String key = kind.key(item);
        return key != null ? key : ItemKind.CONTENT_KEY + Digests.sha256Hex(String.valueOf(item), 16);
    }

    /** What to do with the item. */
    protected abstract Decision decide(Map<String, Object> item);

    /** Whether every item is handed, whatever it holds: then no item is built to decide about it. */
    protected boolean emitsEveryItem() {
        return false;
    }

    /** How to hand the item to the route. */
    protected Emission emission(Map<String, Object> item) {
        return new Emission(item, null);
    }

    /** Every item of the page has been processed or passed over. */
    protected void pageComplete(Page completed) {}

    /** The last page is done; answers whether this poll is over (false if a trailing phase follows). */
    protected abstract boolean walkComplete();

    /** Items handed after the last page (the "left" events of changes mode); null when there are none. */
    protected Batch trailingBatch(int max) {
        return null;
    }

    /** The position moved: persist it if this walk keeps it across restarts. */
    protected void positionMoved() {}

    protected ObjectNode positionState() {
        ObjectNode position = StateStore.object();
        position.put("cursor", cursor);
        position.put("after", after);
        return position;
    }

    protected void restorePosition(JsonNode position) {
        cursor = Json.text(position.get("cursor"));
        after = Json.text(position.get("after"));
    }
}
