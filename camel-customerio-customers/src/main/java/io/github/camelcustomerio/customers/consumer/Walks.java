package io.github.camelcustomerio.customers.consumer;

import io.github.camelcustomerio.customers.api.ItemKind;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.paging.PageFetcher;

/** Creates the walk of a consumer mode, refusing modes that do not fit the operation's items. */
public final class Walks {

    private Walks() {}

    /**
     * @param progressInterval milliseconds between two progress lines of a long walk
     * @param emitHistory      what the first walk hands: the history (true) or nothing but the starting point
     */
    public static Walk create(
            ConsumerMode mode,
            PageFetcher fetcher,
            StateStore store,
            String description,
            int progressInterval,
            boolean emitHistory) {
        ItemKind kind = fetcher.paging().itemKind();
        String operation = fetcher.request().operation().name();
        int interval = progressInterval;
        return switch (mode) {
            case snapshot -> new SnapshotWalk(fetcher, store, description, interval);
            case changes -> {
                if (!kind.isMembership()) {
                    throw new IllegalArgumentException("mode=changes needs members to compare: use it with"
                            + " getSegmentMembership, getPeopleFilter or getObjectsFilter,"
                            + " not " + operation);
                }
                yield new ChangesWalk(fetcher, store, description, interval, emitHistory, pageSize(fetcher));
            }
            case newOnly -> {
                if (!kind.isTimeline()) {
                    throw new IllegalArgumentException("mode=newOnly needs items ordered by time: use it with"
                            + " getPersonActivities or getPersonMessages, not " + operation);
                }
                yield new NewOnlyWalk(fetcher, store, description, interval, emitHistory);
            }
        };
    }

    /** The page size in effect: the request's limit, which the fetcher sets when the route does not. */
    private static int pageSize(PageFetcher fetcher) {
        return fetcher.request()
                .queryValue(Pagination.LIMIT_PARAMETER)
                .map(Integer::parseInt)
                .orElse(fetcher.paging().walkLimit());
    }
}
