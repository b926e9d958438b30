package io.github.camelcustomerio.customers.api;

/**
 * How a paged operation pages: the answer's member that holds the items, what those items are, and the documented
 * default and maximum {@code limit} (0 where the reference gives none). Pages continue with {@code start=<next>}; a
 * missing, null or empty {@code next} ends the walk.
 */
public record Pagination(String itemsField, ItemKind itemKind, int defaultLimit, int maxLimit) {

    public static final String NEXT_FIELD = "next";
    public static final String START_PARAMETER = "start";
    public static final String LIMIT_PARAMETER = "limit";

    /**
     * The page a walk asks for when the route sets no {@code limit} for a call whose reference documents no maximum
     * (relationships, objects search): 1000, the largest page the reference documents for any search (people
     * search, messages). A larger one might be refused with a 400 the reference does not let us rule out.
     */
    public static final int UNDOCUMENTED_WALK_LIMIT = 1000;

    /**
     * The page size a walk (a consumer, or a producer with {@code paginate=true}) asks for when the route sets no
     * {@code limit}: the most the service allows, since the workspace's 10 requests a second, not the size of a
     * page, is what bounds a walk.
     */
    public int walkLimit() {
        return maxLimit > 0 ? maxLimit : UNDOCUMENTED_WALK_LIMIT;
    }
}
