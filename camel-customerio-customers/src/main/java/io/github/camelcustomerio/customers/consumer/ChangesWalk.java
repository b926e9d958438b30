package io.github.camelcustomerio.customers.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.paging.Page;
import io.github.camelcustomerio.customers.paging.PageFetcher;

/**
 * Changes mode, for segment membership and searches: hands the route the members that joined since the previous
 * completed walk (during the walk) and those that left (after its last page), each marked in header
 * CamelCustomerioCustomersChange. The previous walk's membership is kept compactly ({@link Membership}) and, with a
 * state repository, persisted when a walk completes; a walk interrupted by a restart starts over, which may repeat
 * some "joined" events but loses none.
 */
final class ChangesWalk extends PageWalk {

    private final boolean emitHistory;
    private Membership previous;
    private Membership.Builder current;
    private Membership completed;
    private Membership.Reader leaving;

    ChangesWalk(PageFetcher fetcher, StateStore store, String description, int progressInterval,
                boolean emitHistory) {
        super(fetcher, store, description, progressInterval);
        this.emitHistory = emitHistory;
        store.load().ifPresent(state -> previous = Membership.decode(state.path("members").asText()));
        current = new Membership.Builder(previous == null ? 1024 : previous.count());
    }

    @Override
    protected Decision decide(Map<String, Object> item) {
        if (previous == null) {
            return emitHistory ? Decision.EMIT : Decision.SKIP;
        }
        return previous.contains(kind.key(item)) ? Decision.SKIP : Decision.EMIT;
    }

    @Override
    protected Emission emission(Map<String, Object> item) {
        return new Emission(item, Change.joined);
    }

    @Override
    protected void pageComplete(Page page) {
        for (Map<String, Object> item : page.items()) {
            current.add(kind.key(item), kind.secondary(item));
        }
    }

    @Override
    protected boolean walkComplete() {
        completed = current.build();
        current = null;
        if (previous == null) {
            commit();
            return true;
        }
        leaving = previous.reader();
        return false;
    }

    @Override
    protected Batch trailingBatch(int max) {
        if (leaving == null) {
            return null;
        }
        List<Membership.Member> gone = leaving.nextMissingFrom(completed, max);
        if (gone.isEmpty()) {
            leaving.close();
            leaving = null;
            commit();
            finishThisPoll();
            return null;
        }
        List<Emission> emissions = new ArrayList<>(gone.size());
        for (Membership.Member member : gone) {
            emissions.add(new Emission(kind.leftItem(member.key(), member.secondary()), Change.left));
        }
        return new Batch(emissions, null, null, processed -> {
            if (processed < gone.size()) {
                // the route stopped at this member: read on from it next time
                leaving.close();
                leaving = previous.readerAt(gone.get(processed).index());
            }
        });
    }

    private void commit() {
        previous = completed;
        completed = null;
        current = new Membership.Builder(previous.count());
        if (store.isPersistent()) {
            ObjectNode state = StateStore.object();
            state.put("mode", "changes");
            state.put("count", previous.count());
            state.put("members", previous.encode());
            store.save(state);
        }
    }
}
