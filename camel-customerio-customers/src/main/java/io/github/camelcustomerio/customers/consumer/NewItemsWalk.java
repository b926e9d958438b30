package io.github.camelcustomerio.customers.consumer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.request.ItemKind;

/**
 * New-only mode, for activities and messages (which come newest first): hands the route only what is newer than the
 * newest item of the last completed walk, by time then id, and stops the walk at the first item that is not. The
 * newest item of a walk becomes the mark only once the whole walk has been processed, so that a failure or a
 * crash halfway never skips anything.
 */
final class NewItemsWalk extends PageWalk {

    /** The newest item of a walk: its time (unix seconds) and key. */
    record Mark(long time, String key) {

        /** Before everything: every item is new. */
        static final Mark BEGINNING = new Mark(-1, "");

        static Mark of(ItemKind kind, Map<String, Object> item) {
            return new Mark(kind.time(item), kind.key(item));
        }

        boolean isOlderThan(ItemKind kind, Map<String, Object> item) {
            long time = kind.time(item);
            return time > this.time || (time == this.time && String.valueOf(kind.key(item)).compareTo(key) > 0);
        }
    }

    private final boolean emitHistory;
    private Mark mark;
    private Mark newest;

    NewItemsWalk(PageFetcher fetcher, StateStore store, String description, int progressInterval,
                 boolean emitHistory) {
        super(fetcher, store, description, progressInterval);
        this.emitHistory = emitHistory;
        store.load().ifPresent(state -> {
            mark = mark(state.get("mark"));
            newest = mark(state.get("newest"));
            restorePosition(state.path("walk"));
        });
    }

    @Override
    protected Decision decide(Map<String, Object> item) {
        if (mark == null && !emitHistory) {
            // the very first walk only learns where "now" is
            newest = Mark.of(kind, item);
            return Decision.STOP;
        }
        if (mark != null && !mark.isOlderThan(kind, item)) {
            return Decision.STOP;
        }
        if (newest == null) {
            newest = Mark.of(kind, item);
        }
        return Decision.EMIT;
    }

    @Override
    protected boolean walkComplete() {
        if (newest != null) {
            mark = newest;
        } else if (mark == null) {
            mark = Mark.BEGINNING;
        }
        newest = null;
        positionMoved();
        return true;
    }

    @Override
    protected void positionMoved() {
        ObjectNode state = StateStore.object();
        state.put("mode", "newOnly");
        state.set("mark", node(mark));
        state.set("newest", node(newest));
        state.set("walk", positionState());
        store.save(state);
    }

    private static ObjectNode node(Mark mark) {
        if (mark == null) {
            return null;
        }
        ObjectNode node = StateStore.object();
        node.put("time", mark.time());
        node.put("key", mark.key());
        return node;
    }

    private static Mark mark(JsonNode node) {
        return node == null || node.isNull() ? null : new Mark(node.path("time").asLong(), node.path("key").asText());
    }
}
