package io.github.camelcustomerio.customers.consumer;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.paging.PageFetcher;

/**
 * Snapshot mode: every walk hands every current item to the route. A walk may span several polls (when
 * maxMessagesPerPoll bounds them); the next walk starts at the next poll after one completes.
 */
final class SnapshotWalk extends PageWalk {

    SnapshotWalk(PageFetcher fetcher, StateStore store, String description, int progressInterval) {
        super(fetcher, store, description, progressInterval);
        store.load().ifPresent(state -> restorePosition(state.path("walk")));
    }

    @Override
    protected Decision decide(Map<String, Object> item) {
        return Decision.EMIT;
    }

    @Override
    protected boolean emitsEveryItem() {
        return true;
    }

    @Override
    protected boolean walkComplete() {
        positionMoved();
        return true;
    }

    @Override
    protected void positionMoved() {
        ObjectNode state = StateStore.object();
        state.set("walk", positionState());
        store.save(state);
    }
}
