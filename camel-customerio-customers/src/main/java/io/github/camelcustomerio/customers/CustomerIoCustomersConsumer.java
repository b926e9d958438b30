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
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import org.apache.camel.spi.HeadersMapFactory;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a paged call into the route, page by page: segment membership, people and object searches, a person's
 * activities and messages, relationships. One exchange per item (or per page), a batch per page; the position
 * never moves past an item the route did not process, and with a state repository it survives restarts.
 */
@ManagedResource(description = "Managed Customer.io Customers consumer: the walk in progress and the last walk")
public class CustomerIoCustomersConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerIoCustomersConsumer.class);

    private Walk walk;
    private StateStore store;
    private List<Header> identityHeaders;
    private HeadersMapFactory headersMapFactory;
    /**
     * Hands each exchange to the route and waits for it, as {@code Processor.process(Exchange)} does; looked up once
     * here, where that looks it up in the context's plugins for every exchange, a few percent of a walk's time.
     */
    private AsyncProcessorAwaitManager awaitManager;

    private volatile boolean lastPollEndedWalk;
    private ConsumerMode mode;
    private String target;
    private volatile Instant lastErrorAt;
    private volatile String lastErrorMessage;
    private volatile boolean forgetRequested;
    private PageFetcher fetcher;
    private AutoCloseable meters;

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
        awaitManager = PluginHelper.getAsyncProcessorAwaitManager(getEndpoint().getCamelContext());
        startRepository(repository);
        target = operation.name() + " " + request.encodedPath();
        fetcher = new PageFetcher(getEndpoint().client(), request);
        walk = createWalk();
        meters = Micrometer.PRESENT ? CustomerIoMeters.bindWalks(this, getRouteId()) : null;
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
        if (meters != null) {
            meters.close();
            meters = null;
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

    private Walk createWalk() {
        CustomerIoCustomersConfiguration configuration = getEndpoint().getConfiguration();
        return Walks.create(
                mode, fetcher, store, target, configuration.getProgressLogInterval(), configuration.isEmitHistory());
    }

    @Override
    protected int poll() throws Exception {
        if (forgetRequested) {
            // on the polling thread, so that no walk is under way while its position goes
            forgetRequested = false;
            store.forget();
            walk = createWalk();
            if (meters != null) {
                meters.close();
                meters = CustomerIoMeters.bindWalks(this, getRouteId());
            }
            LOG.info("{}: the stored position was forgotten on request; the walk starts over", target);
        }
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

    /**
     * Asks the next poll to forget the stored position and start the walk over from its first page, as on the very
     * first start: for mode changes the baseline goes too (the next walk records a new one), for newOnly the newest
     * item seen. Other nodes sharing the state repository see it forgotten as well.
     */
    @ManagedOperation(
            description = "Forgets the stored position at the next poll and starts the walk over from its first page"
                    + " (changes: the baseline too; newOnly: the newest item seen). Pass true to confirm.")
    public String forgetStoredPosition(boolean confirm) {
        if (!confirm) {
            return "Nothing done: pass true to confirm that the stored position of " + target + " is to be forgotten";
        }
        forgetRequested = true;
        return "The stored position of " + target + " will be forgotten at the next poll";
    }

    /** Where the walks stand; null before the consumer started. */
    public WalkStatus walkStatus() {
        return walk == null ? null : walk.status();
    }

    /** The operation and the path it walks, e.g. {@code getSegmentMembership /v1/segments/7/membership}. */
    @ManagedAttribute(description = "The operation and the path it walks")
    public String getTarget() {
        return target;
    }

    /** The consumer mode in effect (the configured one, or the operation's default). */
    public ConsumerMode getMode() {
        return mode;
    }

    @ManagedAttribute(description = "The consumer mode in effect: snapshot, changes or newOnly")
    public String getConsumerMode() {
        return String.valueOf(mode);
    }

    /** When a poll last failed, or null. */
    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    @ManagedAttribute(description = "Why a poll last failed (the exception's type and message), or null")
    public String getLastErrorMessage() {
        return lastErrorMessage;
    }

    @ManagedAttribute(description = "When a poll last failed (ISO-8601), or null")
    public String getLastErrorTime() {
        return lastErrorAt == null ? null : lastErrorAt.toString();
    }

    @ManagedAttribute(description = "Whether a walk is in progress")
    public boolean isWalkInProgress() {
        return inProgress() != null;
    }

    @ManagedAttribute(description = "Pages read by the walk in progress (0 between walks)")
    public long getWalkPages() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? 0 : walk.pages();
    }

    @ManagedAttribute(description = "Items read by the walk in progress (0 between walks)")
    public long getWalkItems() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? 0 : walk.items();
    }

    @ManagedAttribute(description = "Items the walk in progress handed to the route (0 between walks)")
    public long getWalkItemsHanded() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? 0 : walk.handed();
    }

    @ManagedAttribute(description = "Items read per second by the walk in progress (0 between walks)")
    public long getWalkItemsPerSecond() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? 0 : walk.itemsPerSecond();
    }

    @ManagedAttribute(description = "When the walk in progress started (ISO-8601), or null between walks")
    public String getWalkStartedAt() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? null : walk.startedAt().toString();
    }

    @ManagedAttribute(
            description = "Items the walk in progress is expected to read (the previous walk's), or -1 if unknown")
    public long getWalkExpectedItems() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null ? -1 : walk.expectedItems();
    }

    @ManagedAttribute(description = "When the walk in progress should end at its rate so far (ISO-8601), or null")
    public String getWalkEstimatedEnd() {
        WalkStatus.WalkInProgress walk = inProgress();
        return walk == null || walk.estimatedEnd() == null
                ? null
                : walk.estimatedEnd().toString();
    }

    @ManagedAttribute(description = "Walks completed since the consumer started")
    public long getWalksCompleted() {
        WalkStatus status = walkStatus();
        return status == null ? 0 : status.walksCompleted();
    }

    @ManagedAttribute(description = "Items handed to the route since the consumer started")
    public long getItemsHanded() {
        WalkStatus status = walkStatus();
        return status == null ? 0 : status.handedInAll();
    }

    @ManagedAttribute(description = "How long the last completed walk took, in milliseconds, or -1 before the first")
    public long getLastWalkDurationMillis() {
        WalkStatus.CompletedWalk last = lastWalk();
        return last == null ? -1 : last.duration().toMillis();
    }

    @ManagedAttribute(description = "Items the last completed walk read")
    public long getLastWalkItems() {
        WalkStatus.CompletedWalk last = lastWalk();
        return last == null ? 0 : last.items();
    }

    @ManagedAttribute(description = "Items the last completed walk handed to the route")
    public long getLastWalkItemsHanded() {
        WalkStatus.CompletedWalk last = lastWalk();
        return last == null ? 0 : last.handed();
    }

    @ManagedAttribute(description = "Members the last completed walk handed as joined (mode changes)")
    public long getLastWalkJoined() {
        WalkStatus.CompletedWalk last = lastWalk();
        return last == null ? 0 : last.joined();
    }

    @ManagedAttribute(description = "Members the last completed walk handed as left (mode changes)")
    public long getLastWalkLeft() {
        WalkStatus.CompletedWalk last = lastWalk();
        return last == null ? 0 : last.left();
    }

    @ManagedAttribute(description = "Calls this consumer made to the service")
    public long getCalls() {
        return getEndpoint().getCalls();
    }

    @ManagedAttribute(description = "Failed attempts this consumer sent again")
    public long getRetries() {
        return getEndpoint().getRetries();
    }

    private WalkStatus.WalkInProgress inProgress() {
        WalkStatus status = walkStatus();
        return status == null ? null : status.inProgress();
    }

    private WalkStatus.CompletedWalk lastWalk() {
        WalkStatus status = walkStatus();
        return status == null ? null : status.lastCompleted();
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
            awaitManager.process(getAsyncProcessor(), exchange);
        } catch (RuntimeException e) {
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
        Message message = new PolledItemMessage(exchange, batchHeaders, change == null ? null : change.name());
        message.setBody(body);
        exchange.setIn(message);
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
