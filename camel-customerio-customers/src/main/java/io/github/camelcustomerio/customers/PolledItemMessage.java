package io.github.camelcustomerio.customers;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultMessage;

/**
 * The message of an exchange the consumer hands to the route: its headers (the batch's, shared by every item of a
 * page, and the item's change) are put in the message's own header map only when the route first looks at headers,
 * as camel-jms and camel-http do with theirs. A route that never reads a header does not pay for copying them once
 * per item; one that does sees exactly the same headers.
 */
final class PolledItemMessage extends DefaultMessage {

    /** The batch's headers, read-only and shared; null once copied in or after a reset. */
    private Map<String, Object> batchHeaders;

    private String change;

    PolledItemMessage(Exchange exchange, Map<String, Object> batchHeaders, String change) {
        super(exchange);
        this.batchHeaders = batchHeaders;
        this.change = change;
    }

    @Override
    protected boolean isPopulateHeadersSupported() {
        return batchHeaders != null;
    }

    @Override
    protected void populateInitialHeaders(Map<String, Object> map) {
        if (batchHeaders != null) {
            map.putAll(batchHeaders);
            if (change != null) {
                map.put(CustomerIoCustomersConstants.CHANGE, change);
            }
            batchHeaders = null;
            change = null;
        }
    }

    @Override
    public void reset() {
        super.reset();
        batchHeaders = null;
        change = null;
    }
}
