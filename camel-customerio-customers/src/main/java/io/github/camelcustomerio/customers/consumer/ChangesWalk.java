package io.github.camelcustomerio.customers.consumer;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.paging.Page;
import io.github.camelcustomerio.customers.paging.PageFetcher;

/**
 * Changes mode, for segment membership and searches: hands the route the members that joined since the previous
 * completed walk (during the walk) and those that left (after its last page), each marked in header
 * CamelCustomerioCustomersChange.
 * <p>
 * The previous walk's membership (the baseline) and the one being recorded are kept compactly ({@link Membership})
 * and, with a state repository, stored in two slots that take turns: the walk in progress records its members in the
 * slot the baseline does not use, a chunk of bounded size at a time, at the end of each page; the head entry, written
 * after them, holds where the walk stands (page cursor and last item handed, or how far the "left" events have come).
 * Completing a walk is one write of the head, which makes the walk's slot the new baseline. A crash at any instant
 * thus repeats at most the batch being handed (one page of "joined" events, or one batch of "left" events) and loses
 * nothing.
 */
final class ChangesWalk extends PageWalk {

    private final boolean emitHistory;
    private final int leftBatchSize;
    private Membership previous;
    private String previousSlot = "b";
    private Instant previousCompleted;
    private Membership.Builder current;
    private Membership completed;
    private Membership.Reader leaving;
    private int leftAt;

    ChangesWalk(
            PageFetcher fetcher,
            StateStore store,
            String description,
            int progressInterval,
            boolean emitHistory,
            int leftBatchSize) {
        super(fetcher, store, description, progressInterval);
        this.emitHistory = emitHistory;
        this.leftBatchSize = leftBatchSize;
        store.load().ifPresent(head -> {
            restoreBaseline(head.get("baseline"));
            restoreWalk(head.get("walk"));
        });
        if (current == null && completed == null) {
            current = new Membership.Builder(previous == null ? 1024 : previous.count());
        }
    }

    private void restoreBaseline(JsonNode baseline) {
        if (baseline == null || baseline.isNull()) {
            return;
        }
        previousSlot = baseline.path("slot").asText();
        int count = baseline.path("count").asInt();
        try {
            previous = Membership.of(store.loadChunks(previousSlot, StateStore.count(baseline, "chunks")));
            previousCompleted = baseline.hasNonNull("completed")
                    ? Instant.parse(baseline.get("completed").asText())
                    : null;
        } catch (StateStore.UnreadableStateException | UncheckedIOException | DateTimeParseException e) {
            store.unreadable(
                    "the previous membership: " + e.getMessage(),
                    "the baseline of " + count + " members recorded at "
                            + baseline.path("completed").asText()
                            + ", so who joined or left between that"
                            + " walk and the next one is not handed"
                            + (emitHistory ? " (every current member is handed as joined)" : ""));
            previous = null;
        }
    }

    private void restoreWalk(JsonNode walk) {
        if (walk == null || walk.isNull()) {
            return;
        }
        String slot = walk.path("slot").asText();
        if (slot.equals(previousSlot) && previous != null) {
            return;
        }
        List<byte[]> recorded;
        try {
            recorded = store.loadChunks(walkSlot(), StateStore.count(walk, "chunks"));
            if ("leaving".equals(walk.path("phase").asText())) {
                completed = Membership.of(recorded);
                if (previous == null) {
                    commit();
                } else {
                    leftAt = StateStore.count(walk, "leftAt");
                    leaving = previous.readerAt(leftAt);
                }
            } else {
                current = Membership.Builder.resume(recorded, previous == null ? 1024 : previous.count());
                restorePosition(walk);
            }
        } catch (StateStore.UnreadableStateException | UncheckedIOException e) {
            store.restarting(
                    "the walk in progress: " + e.getMessage(),
                    "the walk starts over from its first page, handing again the joined events it had handed");
            completed = null;
            leaving = null;
            current = null;
        }
    }

    /** The slot the walk in progress records into: the one the baseline does not use. */
    private String walkSlot() {
        return "a".equals(previousSlot) ? "b" : "a";
    }

    /** As many as the baseline holds: membership changes little from one walk to the next. */
    @Override
    protected long expectedItems() {
        return previous != null ? previous.count() : super.expectedItems();
    }

    @Override
    protected Decision decide(Map<String, Object> item) {
        if (previous == null) {
            return emitHistory ? Decision.EMIT : Decision.SKIP;
        }
        return previous.contains(key(item)) ? Decision.SKIP : Decision.EMIT;
    }

    @Override
    protected Emission emission(Map<String, Object> item) {
        return new Emission(item, Change.joined);
    }

    /**
     * Records the page's members: all of them or, if one cannot be recorded, none, so that a page failing here at
     * every poll does not record the members before it again each time.
     */
    @Override
    protected void pageComplete(Page page) {
        List<Map<String, Object>> items = page.items();
        String[] keys = new String[items.size()];
        String[] secondaries = new String[items.size()];
        for (int i = 0; i < keys.length; i++) {
            Map<String, Object> item = items.get(i);
            keys[i] = key(item);
            secondaries[i] = kind.secondary(item);
            if (!Membership.canRecord(keys[i]) || !Membership.canRecord(secondaries[i])) {
                throw new IllegalStateException("member " + (i + 1) + " of the page at cursor " + page.cursor()
                        + " has an identifier longer than a membership records (65,535 bytes)");
            }
        }
        for (int i = 0; i < keys.length; i++) {
            current.add(keys[i], secondaries[i]);
        }
        store.saveChunks(walkSlot(), current.sealed());
    }

    @Override
    protected boolean walkComplete() {
        completed = current.build();
        current = null;
        if (previous == null) {
            commit();
            return true;
        }
        leftAt = 0;
        leaving = previous.reader();
        saveHead();
        return false;
    }

    @Override
    protected Batch trailingBatch(int max) {
        if (leaving == null) {
            return null;
        }
        List<Membership.Member> gone = leaving.nextMissingFrom(completed, Math.min(max, leftBatchSize));
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
        int readThrough = leaving.position();
        return new Batch(emissions, null, null, processed -> {
            if (processed < gone.size()) {
                // the route stopped at this member: read on from it next time
                leaving.close();
                leaving = previous.readerAt(gone.get(processed).index());
            }
            int handedThrough = processed < gone.size() ? gone.get(processed).index() : readThrough;
            if (handedThrough > leftAt) {
                leftAt = handedThrough;
                saveHead();
            }
        });
    }

    @Override
    protected void positionMoved() {
        saveHead();
    }

    private void commit() {
        previous = completed;
        previousSlot = walkSlot();
        previousCompleted = Instant.now();
        completed = null;
        current = new Membership.Builder(previous.count());
        saveHead();
    }

    /** The head: the baseline's slot, and where the walk in progress stands. */
    private void saveHead() {
        if (!store.isPersistent()) {
            return;
        }
        ObjectNode head = StateStore.object();
        if (previous != null) {
            ObjectNode baseline = head.putObject("baseline");
            baseline.put("slot", previousSlot);
            baseline.put("chunks", previous.chunks().size());
            baseline.put("count", previous.count());
            baseline.put("completed", previousCompleted == null ? null : previousCompleted.toString());
        }
        if (completed != null) {
            ObjectNode walk = head.putObject("walk");
            walk.put("slot", walkSlot());
            walk.put("chunks", completed.chunks().size());
            walk.put("phase", "leaving");
            walk.put("leftAt", leftAt);
        } else if (current != null && (current.count() > 0 || cursor != null || after != null)) {
            ObjectNode walk = positionState();
            head.set("walk", walk);
            walk.put("slot", walkSlot());
            walk.put("chunks", current.chunkCount());
            walk.put("phase", "joining");
        }
        store.save(head);
    }
}
