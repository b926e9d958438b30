/**
 * Keyset paging as the App API does it: a {@link Cursor} is the ordering key of the last item of a page, encoded
 * as the opaque {@code start}/{@code next} token; a {@link Page} is the items with the cursor of the next page;
 * {@link PageLimits} are an operation's default and maximum {@code limit}. The workspace cuts pages, the HTTP
 * layer reads {@code start} and {@code limit}, the App API handlers write {@code next}.
 *
 * <p>Internal. These types are public only because those three are separate packages.
 */
package io.github.camelcustomerio.customers.simulator.paging;
