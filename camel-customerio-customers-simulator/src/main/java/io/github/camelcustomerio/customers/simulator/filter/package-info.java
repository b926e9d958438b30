/**
 * The App API's filter grammars: {@link PeopleFilter} for people searches and dynamic segments, and
 * {@link ObjectFilter} for object searches, compared with a {@link FilterOperator}. Both are read from JSON by
 * the package-private {@code FilterParser}; a filter that breaks the grammar is an {@link InvalidFilterException}
 * that points into the request body.
 *
 * <p>Public API: tests build dynamic segments with {@code PeopleFilter.attributeEquals("plan", "pro")} and the like.
 * {@link ObjectFilter} is public because the App API handlers, in another package, parse it.
 */
package io.github.camelcustomerio.customers.simulator.filter;
