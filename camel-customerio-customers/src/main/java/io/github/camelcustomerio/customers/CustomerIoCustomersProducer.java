package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.CustomerIoClient;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.PageBuffer;
import io.github.camelcustomerio.customers.client.ResponseReader;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.paging.PagedItems;
import io.github.camelcustomerio.customers.paging.ProgressLog;
import io.github.camelcustomerio.customers.request.Batches;
import io.github.camelcustomerio.customers.request.RequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Makes one App API call per message: the endpoint's operation (or the one in header
 * {@link CustomerIoCustomersConstants#OPERATION}), with parameters from headers, URI options and body. The JSON
 * answer becomes the body, as a Map or, with {@code rawJson}, as text; paged calls also set
 * {@link CustomerIoCustomersConstants#NEXT}. With {@code paginate}, paged calls answer a lazy Iterator over every
 * item of every page; id lists longer than the service takes are sent in batches and answered as one.
 */
public class CustomerIoCustomersProducer extends DefaultProducer {

    /**
     * The longest array kept from one call for the next: a page of 1,000 people is about 100 KB; an answer longer
     * than this (a page of 30,000 members, say) is read into an array that goes with it.
     */
    static final int KEPT_BUFFER_BYTES = 1024 * 1024;

    /**
     * The array the last call read its answer into, kept for the next call. A new array per answer (allocated and
     * zeroed, then collected) cost a search of 50 people about 1% of its time against Camel's floor, whose client
     * parses from the connection's own buffer. A call has the array to itself from its send to its parse; calls
     * running at the same time on other threads read into arrays of their own.
     */
    private final AtomicReference<PageBuffer> spareBuffer = new AtomicReference<>();

    public CustomerIoCustomersProducer(CustomerIoCustomersEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CustomerIoCustomersEndpoint getEndpoint() {
        return (CustomerIoCustomersEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws JsonProcessingException {
        Message message = exchange.getMessage();
        CustomerIoOperation operation = operationOf(message);
        ApiRequest request = RequestFactory.create(
                operation, new ExchangeParameterSource(message, getEndpoint()::uriOption, operation));
        CustomerIoCustomersConfiguration configuration = getEndpoint().getConfiguration();
        CustomerIoClient client = getEndpoint().client();

        if (configuration.isPaginate() && operation.isPaged()) {
            message.setBody(new PagedItems(
                    new PageFetcher(client, request),
                    new ProgressLog(
                            operation.name() + " " + request.encodedPath(), configuration.getProgressLogInterval())));
            message.removeHeader(CustomerIoCustomersConstants.NEXT);
            return;
        }
        List<ApiRequest> batches = Batches.split(request);
        List<Map<String, Object>> answers = new ArrayList<>(batches.size());
        String text = null;
        PageBuffer buffer = takeBuffer();
        try {
            for (ApiRequest batch : batches) {
                // the answer's bytes last until the next answer is read into the buffer: read them now
                ApiResponse response = client.send(batch, buffer);
                answers.add(ResponseReader.readMap(operation, response));
                if (configuration.isRawJson() && batches.size() == 1) {
                    text = response.body().text();
                }
            }
        } finally {
            giveBack(buffer);
        }
        Map<String, Object> answer = answers.contains(null) ? null : Batches.merge(request, answers);
        if (answer != null && configuration.isRawJson()) {
            message.setBody(text != null ? text : Json.mapper().writeValueAsString(answer));
        } else {
            message.setBody(answer);
        }
        if (operation.isPaged()) {
            Object next = answer == null ? null : answer.get(Pagination.NEXT_FIELD);
            if (next == null) {
                message.removeHeader(CustomerIoCustomersConstants.NEXT);
            } else {
                message.setHeader(CustomerIoCustomersConstants.NEXT, next.toString());
            }
        }
    }

    /** The spare array, or a new one when a call on another thread has it. */
    private PageBuffer takeBuffer() {
        PageBuffer buffer = spareBuffer.getAndSet(null);
        return buffer != null ? buffer : new PageBuffer();
    }

    /** Keeps the array for the next call, unless it grew past {@link #KEPT_BUFFER_BYTES} or another is kept. */
    private void giveBack(PageBuffer buffer) {
        if (buffer.capacity() <= KEPT_BUFFER_BYTES) {
            spareBuffer.compareAndSet(null, buffer);
        }
    }

    @Override
    protected void doStop() throws Exception {
        spareBuffer.set(null);
        super.doStop();
    }

    private CustomerIoOperation operationOf(Message message) {
        Object override = message.getHeader(CustomerIoCustomersConstants.OPERATION);
        if (override instanceof CustomerIoOperation operation) {
            return operation;
        }
        if (override != null && !override.toString().isBlank()) {
            return CustomerIoOperation.fromName(override.toString().trim());
        }
        return getEndpoint().getOperation();
    }
}
