package io.github.camelcustomerio.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.stream.Collectors;

import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.Binding;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.ItemKind;
import io.github.camelcustomerio.customers.api.Location;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.Digests;
import io.github.camelcustomerio.customers.consumer.Batch;
import io.github.camelcustomerio.customers.consumer.Change;
import io.github.camelcustomerio.customers.consumer.ConsumerMode;
import io.github.camelcustomerio.customers.consumer.Emission;
import io.github.camelcustomerio.customers.consumer.StateStore;
import io.github.camelcustomerio.customers.consumer.Walk;
import io.github.camelcustomerio.customers.consumer.WalkStatus;
import io.github.camelcustomerio.customers.consumer.Walks;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.request.RequestFactory;
import io.github.camelcustomerio.customers.request.ValueConverter;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.HeadersMapFactory;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Streams a paged call into the route, page by page: segment membership, people and object searches, a person's
 * activities and messages, relationships. One exchange per item (or per page), a batch per page; the position
 * never moves past an item the route did not process, and with a state repository it survives restarts.
 */
public class CustomerIoCustomersConsumer extends ScheduledBatchPollingConsumer {

    private Walk walk;
    private StateStore store;
    private List<Header> identityHeaders;
    private HeadersMapFactory headersMapFactory;
    private volatile boolean lastPollEndedWalk;
    private ConsumerMode mode;
    private String target;
    private volatile Instant lastErrorAt;
    private volatile String lastErrorMessage;

    public CustomerIoCustomersConsumer(CustomerIoCustomersEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public CustomerIoCustomersEndpoint getEndpoint() {
        return (CustomerIoCustomersEndpoint) super.getEndpoint();
    }

    /** The operations a consumer can poll: the paged ones. */
    static List<CustomerIoOperation> consumable() {
        return Arrays.stream(CustomerIoOperation.values())
                .filter(CustomerIoOperation::isPaged)
                .toList();
    }

    @Override
    protected void doStart() throws Exception {
        CustomerIoOperation operation = getEndpoint().getOperation();
        if (!operation.isPaged()) {
            throw new IllegalArgumentException(operation.name() + " cannot be consumed: it does not page. Consumable"
                    + " operations: " + consumable().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        ApiRequest request = RequestFactory.create(operation, getEndpoint()::uriOption);
        CustomerIoCustomersConfiguration configuration = getEndpoint().getConfiguration();
        ItemKind kind = operation.paging().map(Pagination::itemKind).orElseThrow();
        mode = configuration.getMode() != null
                ? configuration.getMode()
                : kind.isTimeline() ? ConsumerMode.newOnly : ConsumerMode.snapshot;
        StateRepository<String, String> repository = configuration.getStateRepository();
        String key = configuration.getStateKey() != null ? configuration.getStateKey() : defaultStateKey(request, mode);
        store = new StateStore(repository, key, mode, configuration.getUnreadableState());
        identityHeaders = identityHeaders(operation);
        headersMapFactory =
                getEndpoint().getCamelContext().getCamelContextExtension().getHeadersMapFactory();
        startRepository(repository);
        target = operation.name() + " " + request.encodedPath();
        walk = Walks.create(
                mode,
                new PageFetcher(getEndpoint().client(), request),
                store,
                target,
                configuration.getProgressLogInterval(),
                configuration.isEmitHistory());
        super.doStart();
    }

    /**
     * Stops polling. The position is written no more from here on: under {@code master:} a node that loses the
     * leadership stops its consumer while a poll may still be under way, and that poll must not overwrite the position
     * the new leader writes.
     */
    @Override
    protected void doStop() throws Exception {
        if (store != null) {
            store.close();
        }
        super.doStop();
    }

    /**
     * A repository nobody has started yet is handed to the CamelContext, which starts it once and stops it when the
     * context stops: never when this route stops, since other routes may share it. One that is already started is
     * left to whoever started it.
     */
    private void startRepository(StateRepository<String, String> repository) throws Exception {
        CamelContext context = getEndpoint().getCamelContext();
        if (repository != null && !ServiceHelper.isStarted(repository) && !context.hasService(repository)) {
            context.addService(repository, true, true);
        }
    }

    @Override
    protected int poll() throws Exception {
        try {
            return pollWalk();
        } catch (Exception e) {
            lastErrorAt = Instant.now();
            lastErrorMessage = e.getClass().getSimpleName() + ": " + e.getMessage();
            throw e;
        }
    }

    private int pollWalk() {
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
            int processed = perPage ? handOverPage(batch) : handOverItems(batch);
            int acknowledged = perPage ? (processed == 1 ? batch.size() : 0) : processed;
            batch.acknowledge(acknowledged);
            walk.status().handed(acknowledged, batch.emissions().get(0).change());
            handed += processed;
            if (processed < (perPage ? 1 : batch.size())) {
                break;
            }
        }
        return handed;
    }

    /** Where the walks stand; null before the consumer started. */
    public WalkStatus walkStatus() {
        return walk == null ? null : walk.status();
    }

    /** The operation and the path it walks, e.g. {@code getSegmentMembership /v1/segments/7/membership}. */
    public String getTarget() {
        return target;
    }

    /** The consumer mode in effect (the configured one, or the operation's default). */
    public ConsumerMode getMode() {
        return mode;
    }

    /** When a poll last failed, or null. */
    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    /** Why a poll last failed (the exception's type and message), or null. */
    public String getLastErrorMessage() {
        return lastErrorMessage;
    }

    /**
     * Greedy polling continues a walk without waiting for the delay, but never starts the next walk early: a poll
     * that reached the end of a walk leaves the next one to the schedule.
     */
    @Override
    public boolean isGreedy() {
        return super.isGreedy() && !lastPollEndedWalk;
    }

    /**
     * The batch contract of {@link ScheduledBatchPollingConsumer}: processes exchanges in order, stopping at the first
     * one the route fails on, and answers how many went through. {@link #poll()} does not build such a queue: it
     * creates each exchange only when the route is ready for it (see {@link #handOverItems}), so that a page of
     * 30,000 items never has 30,000 exchanges alive at once; both hand exchanges over the same way.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        int total = exchanges.size();
        for (int index = 0; index < total; index++) {
            if (!process((Exchange) exchanges.poll(), index, total)) {
                return index;
            }
        }
        return total;
    }

    /**
     * One exchange per item, each created only when the route is ready for it: a page of 30,000 items never has
     * 30,000 exchanges alive at once.
     */
    private int handOverItems(Batch batch) {
        Map<String, Object> headers = batchHeaders(batch);
        int total = batch.size();
        for (int index = 0; index < total; index++) {
            if (!isBatchAllowed()) {
                // stopping: what was not handed is handed by the next poll, or by the next leader
                return index;
            }
            Emission emission = batch.emissions().get(index);
            if (!process(exchange(headers, emission.item(), emission.change()), index, total)) {
                return index;
            }
        }
        return total;
    }

    /** One exchange for the whole page: the List of its items. */
    private int handOverPage(Batch batch) {
        List<Object> items = new ArrayList<>(batch.size());
        batch.emissions().forEach(emission -> items.add(emission.item()));
        return process(
                        exchange(
                                batchHeaders(batch),
                                items,
                                batch.emissions().get(0).change()),
                        0,
                        1)
                ? 1
                : 0;
    }

    /** Hands one exchange of a batch to the route; answers false if the route failed on it. */
    private boolean process(Exchange exchange, int index, int total) {
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
            getExceptionHandler()
                    .handleException(
                            "Error processing " + getEndpoint().getOperation().name()
                                    + " item; it will be handed again at the next poll",
                            exchange,
                            failure);
        }
        releaseExchange(exchange, false);
        if (failure != null || index == total - 1) {
            pendingExchanges = 0;
        }
        return failure == null;
    }

    private Exchange exchange(Map<String, Object> batchHeaders, Object body, Change change) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        // copying a sorted header map is linear; setting each header again would compare the long names anew
        message.setHeaders(headersMapFactory.newMap(batchHeaders));
        if (change != null) {
            message.setHeader(CustomerIoCustomersConstants.CHANGE, change.name());
        }
        return exchange;
    }

    /** The headers every exchange of the batch carries: what was polled, the page, what the items came from. */
    private Map<String, Object> batchHeaders(Batch batch) {
        Map<String, Object> headers = headersMapFactory.newMap();
        headers.put(CustomerIoCustomersConstants.POLLED_OPERATION, getEndpoint().getOperation());
        headers.put(CustomerIoCustomersConstants.PAGE_CURSOR, batch.pageCursor());
        if (batch.next() != null) {
            headers.put(CustomerIoCustomersConstants.NEXT, batch.next());
        }
        for (Header header : identityHeaders) {
            headers.put(header.name(), header.value());
        }
        return headers;
    }

    /** A header every exchange carries: what the items came from. */
    private record Header(String name, Object value) {}

    /** The segment, person or object the items came from, as configured on the endpoint. */
    private List<Header> identityHeaders(CustomerIoOperation operation) {
        List<Header> headers = new ArrayList<>();
        for (Binding binding : operation.bindings()) {
            ApiParameter parameter = binding.parameter();
            if (binding.location() == Location.PATH || parameter == ApiParameter.OBJECT_TYPE_ID) {
                Object value = getEndpoint().uriOption(parameter);
                if (!ValueConverter.isAbsent(value)) {
                    headers.add(new Header(parameter.header(), value));
                }
            }
        }
        return headers;
    }

    /**
     * The operation, the mode and a digest of what it asks (path, query and body, paging aside): stable across
     * restarts, and never shared by two modes.
     */
    private static String defaultStateKey(ApiRequest request, ConsumerMode mode) {
        ApiRequest identity =
                request.withQuery(Pagination.START_PARAMETER, null).withQuery("limit", null);
        String asked = identity.pathAndQuery() + " "
                + (identity.body() == null ? "" : identity.body().toString());
        return "customerio-customers." + request.operation().name() + "." + mode.name() + "."
                + Digests.sha256Hex(asked, 8);
    }
}
