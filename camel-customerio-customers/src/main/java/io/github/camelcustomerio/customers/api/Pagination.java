package io.github.camelcustomerio.customers.api;

/**
 * How a paged operation pages: the answer's member that holds the items, what those items are, and the documented
 * default and maximum {@code limit} (0 where the reference gives none). Pages continue with {@code start=<next>}; a
 * missing, null or empty {@code next} ends the walk.
 */
public record Pagination(String itemsField, ItemKind itemKind, int defaultLimit, int maxLimit) {

    public static final String NEXT_FIELD = "next";
    public static final String START_PARAMETER = "start";
}
