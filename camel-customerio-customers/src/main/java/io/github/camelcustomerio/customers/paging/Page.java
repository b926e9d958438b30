package io.github.camelcustomerio.customers.paging;

import java.util.List;
import java.util.Map;

/**
 * One page of a paged answer.
 *
 * @param cursor the {@code start} cursor that fetched this page; null for the first page
 * @param items  the page's items, in the order the service gave them
 * @param next   the cursor of the following page; null or empty on the last page
 */
public record Page(String cursor, List<Map<String, Object>> items, String next) {

    public boolean isLast() {
        return next == null || next.isEmpty();
    }
}
