package io.github.camelcustomerio.customers.consumer;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.paging.PageFetcher;

/**
 * New-only mode, for activities and messages (which come newest first): hands the route only what is newer than
 * what it has already handed, and stops the walk at the first item older than that. Times are whole seconds and the
 * order of items within one second is the service's, so the mark is the newest second handed together with the keys
 * of every item handed in that second: an item of that same second that was not handed yet is still new, wherever
 * the service lists it. The newest second of a walk becomes the mark only once the whole walk has been processed, so
 * that a failure or a crash halfway never skips anything.
 */
final class NewOnlyWalk extends PageWalk {

    /** The newest second handed, and the keys of the items handed in it. */
    record Mark(long time, Set<String> keys) {

        /** Before everything: every item is new. */
        static final Mark BEGINNING = new Mark(-1, Set.of());

        /** The mark after also handing an item of this time and key. */
        Mark with(long itemTime, String key) {
            if (itemTime < time) {
                return this;
            }
            Set<String> newest = itemTime == time ? new TreeSet<>(keys) : new TreeSet<>();
            newest.add(key);
            return new Mark(itemTime, newest);
        }

        Mark merge(Mark other) {
            if (other == null || other.time < time) {
                return this;
            }
            if (other.time > time) {
                return other;
            }
            Set<String> both = new TreeSet<>(keys);
            both.addAll(other.keys);
            return new Mark(time, both);
        }
    }

    private final boolean emitHistory;
    private Mark mark;
    private Mark newest;

    NewOnlyWalk(PageFetcher fetcher, StateStore store, String description, int progressInterval, boolean emitHistory) {
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
        long time = kind.time(item);
        String key = key(item);
        if (mark == null && !emitHistory) {
            // the very first walk only learns where "now" is: the newest second and what is in it
            if (newest != null && time < newest.time()) {
                return Decision.STOP;
            }
            newest = newest == null ? new Mark(time, Set.of(key)) : newest.with(time, key);
            return Decision.SKIP;
        }
        Mark handed = mark == null ? Mark.BEGINNING : mark;
        if (time < handed.time()) {
            return Decision.STOP;
        }
        if (time == handed.time() && handed.keys().contains(key)) {
            return Decision.SKIP;
        }
        newest = newest == null ? new Mark(time, Set.of(key)) : newest.with(time, key);
        return Decision.EMIT;
    }

    @Override
    protected boolean walkComplete() {
        mark = (mark == null ? Mark.BEGINNING : mark).merge(newest);
        newest = null;
        positionMoved();
        return true;
    }

    @Override
    protected void positionMoved() {
        ObjectNode state = StateStore.object();
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
        ArrayNode keys = node.putArray("keys");
        mark.keys().forEach(keys::add);
        return node;
    }

    private static Mark mark(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Set<String> keys = new TreeSet<>();
        node.path("keys").forEach(key -> keys.add(key.asText()));
        return new Mark(node.path("time").asLong(), keys);
    }
}
