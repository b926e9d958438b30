package io.github.camelcustomerio.customers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import java.util.stream.Collectors;

import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.consumer.Batch;
import io.github.camelcustomerio.customers.consumer.Emission;
import io.github.camelcustomerio.customers.consumer.StateStore;
import io.github.camelcustomerio.customers.consumer.Walk;
import io.github.camelcustomerio.customers.consumer.Walks;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.request.Binding;
import io.github.camelcustomerio.customers.request.ItemKind;
import io.github.camelcustomerio.customers.request.Location;
import io.github.camelcustomerio.customers.request.Paging;
import io.github.camelcustomerio.customers.request.RequestFactory;
import io.github.camelcustomerio.customers.request.ValueConverter;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Streams a paged call into the route, page by page: segment membership, people and object searches, a person's
 * activities and messages, relationships. One exchange per item (or per page), a batch per page; the position
 * never moves past an item the route did not process, and with a state repository it survives restarts.
 */
public class CustomerIoCustomersConsumer extends ScheduledBatchPollingConsumer {

    private Walk walk;
    private List<Header> identityHeaders;
    private volatile boolean lastPollEndedWalk;

    public CustomerIoCustomersConsumer(CustomerIoCustomersEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public CustomerIoCustomersEndpoint getEndpoint() {
        return (CustomerIoCustomersEndpoint) super.getEndpoint();
    }

    /** The operations a consumer can poll: the paged ones. */
    static List<CustomerIoOperation> consumable() {
        return Arrays.stream(CustomerIoOperation.values()).filter(CustomerIoOperation::isPaged).toList();
    }

    @Override
    protected void doStart() throws Exception {
        CustomerIoOperation operation = getEndpoint().getOperation();
        if (!operation.isPaged()) {
            throw new IllegalArgumentException(operation.name() + " cannot be consumed: it does not page. Consumable"
                                               + " operations: " + consumable().stream().map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
        ApiRequest request = RequestFactory.create(operation, getEndpoint().getParameters()::value);
        CustomerIoCustomersConfiguration configuration = getEndpoint().getConfiguration();
        ItemKind kind = operation.paging().map(Paging::itemKind).orElseThrow();
        ConsumerMode mode = configuration.getMode() != null ? configuration.getMode()
                : kind.isTimeline() ? ConsumerMode.newOnly : ConsumerMode.snapshot;
        StateStore store = new StateStore(configuration.getStateRepository(),
                configuration.getStateKey() != null ? configuration.getStateKey() : defaultStateKey(request));
        identityHeaders = identityHeaders(operation);
        ServiceHelper.startService(configuration.getStateRepository());
        walk = Walks.create(mode, new PageFetcher(getEndpoint().client(), request), store,
                operation.name() + " " + request.encodedPath(), configuration);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(getEndpoint().getConfiguration().getStateRepository());
    }

    @Override
    protected int poll() throws Exception {
        int budget = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        boolean perPage = getEndpoint().getConfiguration().isExchangePerPage();
        int handed = 0;
        lastPollEndedWalk = false;
        walk.startPoll();
        while (handed < budget && isBatchAllowed()) {
            Batch batch = walk.next(perPage ? Integer.MAX_VALUE : budget - handed);
            if (batch == null) {
                lastPollEndedWalk = true;
                break;
            }
            forceConsumerAsReady();
            Queue<Object> exchanges = perPage ? exchangeForPage(batch) : exchangesForItems(batch);
            int total = exchanges.size();
            int processed = processBatch(exchanges);
            batch.acknowledge(perPage ? (processed == 1 ? batch.size() : 0) : processed);
            handed += processed;
            if (processed < total) {
                break;
            }
        }
        return handed;
    }

    /**
     * Greedy polling continues a walk without waiting for the delay, but never starts the next walk early: a poll
     * that reached the end of a walk leaves the next one to the schedule.
     */
    @Override
    public boolean isGreedy() {
        return super.isGreedy() && !lastPollEndedWalk;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total; index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            if (failure != null) {
                // the position stays before this item: the next poll hands it again
                getExceptionHandler().handleException("Error processing " + getEndpoint().getOperation().name()
                                                      + " item; it will be handed again at the next poll",
                        exchange, failure);
                releaseExchange(exchange, false);
                pendingExchanges = 0;
                return index;
            }
            releaseExchange(exchange, false);
        }
        pendingExchanges = 0;
        return total;
    }

    private Queue<Object> exchangesForItems(Batch batch) {
        Queue<Object> exchanges = new LinkedList<>();
        for (Emission emission : batch.emissions()) {
            Exchange exchange = exchange(batch, emission.item());
            if (emission.change() != null) {
                exchange.getMessage().setHeader(CustomerIoCustomersConstants.CHANGE, emission.change().name());
            }
            exchanges.add(exchange);
        }
        return exchanges;
    }

    private Queue<Object> exchangeForPage(Batch batch) {
        List<Object> items = new ArrayList<>(batch.size());
        batch.emissions().forEach(emission -> items.add(emission.item()));
        Exchange exchange = exchange(batch, items);
        Emission first = batch.emissions().get(0);
        if (first.change() != null) {
            exchange.getMessage().setHeader(CustomerIoCustomersConstants.CHANGE, first.change().name());
        }
        Queue<Object> exchanges = new LinkedList<>();
        exchanges.add(exchange);
        return exchanges;
    }

    private Exchange exchange(Batch batch, Object body) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        message.setHeader(CustomerIoCustomersConstants.POLLED_OPERATION, getEndpoint().getOperation());
        message.setHeader(CustomerIoCustomersConstants.PAGE_CURSOR, batch.pageCursor());
        if (batch.next() != null) {
            message.setHeader(CustomerIoCustomersConstants.NEXT, batch.next());
        }
        for (Header header : identityHeaders) {
            message.setHeader(header.name(), header.value());
        }
        return exchange;
    }

    /** A header every exchange carries: what the items came from. */
    private record Header(String name, Object value) {
    }

    /** The segment, person or object the items came from, as configured on the endpoint. */
    private List<Header> identityHeaders(CustomerIoOperation operation) {
        List<Header> headers = new ArrayList<>();
        for (Binding binding : operation.bindings()) {
            ApiParameter parameter = binding.parameter();
            if (binding.location() == Location.PATH || parameter == ApiParameter.OBJECT_TYPE_ID) {
                Object value = getEndpoint().getParameters().value(parameter);
                if (!ValueConverter.isAbsent(value)) {
                    headers.add(new Header(parameter.header(), value));
                }
            }
        }
        return headers;
    }

    /** The operation and a digest of what it asks (path, query and body, paging aside): stable across restarts. */
    private static String defaultStateKey(ApiRequest request) {
        ApiRequest identity = request.withQuery(Paging.START_PARAMETER, null).withQuery("limit", null);
        String asked = identity.pathAndQuery() + " " + (identity.body() == null ? "" : identity.body().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(asked.getBytes(StandardCharsets.UTF_8));
            return "customerio-customers." + request.operation().name() + "." + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
