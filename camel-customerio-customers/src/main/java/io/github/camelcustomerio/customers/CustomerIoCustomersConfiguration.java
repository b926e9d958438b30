package io.github.camelcustomerio.customers;

import io.github.camelcustomerio.customers.consumer.ConsumerMode;
import io.github.camelcustomerio.customers.consumer.UnreadableState;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How the component reaches the service and what it hands to routes. Set on the component (for example
 * {@code camel.component.customerio-customers.api-key}) and overridden per endpoint by URI options.
 */
@UriParams
public class CustomerIoCustomersConfiguration implements Cloneable {

    @UriParam(label = "security", secret = true)
    @Metadata(required = true)
    private String apiKey;

    @UriParam(defaultValue = "US")
    private Region region = Region.US;

    @UriParam(label = "advanced")
    private String baseUrl;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long responseTimeout = 30_000;

    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long callTimeout = 120_000;

    @UriParam(defaultValue = "10")
    private int rateLimit = 10;

    @UriParam(defaultValue = "1")
    private int rateLimitNodes = 1;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 60_000;

    @UriParam(defaultValue = "5")
    private int maxRetries = 5;

    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long retryBackoff = 500;

    @UriParam(label = "advanced", defaultValue = "33554432")
    private int maxResponseSize = 32 * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxBackoff = 30_000;

    @UriParam(defaultValue = "false")
    private boolean rawJson;

    @UriParam(label = "producer", defaultValue = "false")
    private boolean paginate;

    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration")
    private int progressLogInterval = 5_000;

    @UriParam(label = "consumer")
    private ConsumerMode mode;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean exchangePerPage;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitHistory;

    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced")
    private String stateKey;

    @UriParam(label = "consumer,advanced", defaultValue = "fail")
    private UnreadableState unreadableState = UnreadableState.fail;

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The App API key of the workspace (Settings, API credentials, App API keys), sent as a bearer token. Required.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Region getRegion() {
        return region;
    }

    /** The data centre of the workspace: US (https://api.customer.io) or EU (https://api-eu.customer.io). */
    public void setRegion(Region region) {
        this.region = region;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The service root URL, replacing the region's: for a proxy, a gateway or a local simulator, e.g.
     * http://localhost:8080.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection to the service: milliseconds, or a duration such as 10s. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for the service's answer (between two packets) once a request is sent: milliseconds, or a
     * duration such as 30s.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    /**
     * How long one call may take in all (milliseconds, or a duration such as 2m): every attempt, the delays between
     * retries and the wait for a slot under the rate limit. A call still running then is aborted, so a stalled server
     * never holds a route longer.
     */
    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    /**
     * Requests per second to the workspace, shared by every endpoint, producer and consumer of the component that
     * uses the same base URL and API key. Requests are spaced evenly, so no one-second window ever holds more. The
     * App API allows 10; 0 turns the limiter off; at most 10000. After a 429 the rate goes down to 70% (once a
     * second at most) and comes back by 5% of the limit a second. With several nodes, see rateLimitNodes.
     */
    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public int getRateLimitNodes() {
        return rateLimitNodes;
    }

    /**
     * How many nodes (replicas of this integration, each with its own CamelContext) share the workspace's rateLimit:
     * each node sends at most rateLimit / rateLimitNodes requests per second, so that together they stay within the
     * limit with even shares. Left at 1 on several nodes, they still back off together when the service answers 429,
     * but their shares are uneven and some calls wait for retries.
     */
    public void setRateLimitNodes(int rateLimitNodes) {
        this.rateLimitNodes = rateLimitNodes;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    /**
     * How long a call may wait for its turn under the rate limit before it fails: milliseconds, or a duration such
     * as 1m.
     */
    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The longest answer body read, in bytes, once inflated if it came compressed (default 32 MB; a page of 30,000
     * members is about 3.5 MB). A longer answer fails the call, without being retried, before it can fill the heap:
     * one that declares a longer length is not read at all, any other is read up to this size.
     */
    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a failed attempt is sent again: after 429 (waiting the Retry-After the service gives), after
     * 500, 502, 503, 504, a reset connection or a response timeout when the call is safe to repeat (reads,
     * searches, deleteManSegment; never createManSegment), and after a failure to connect. 0 never retries.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    /**
     * The wait before the first retry when the service gives no Retry-After (milliseconds, or a duration such as
     * 500ms); doubled at each retry, jittered.
     */
    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    /**
     * The longest wait between two attempts when the service gives no Retry-After: milliseconds, or a duration such
     * as 30s.
     */
    public void setRetryMaxBackoff(long retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    /** Hand the answer to the route as JSON text (String) instead of a java.util.Map. */
    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public boolean isPaginate() {
        return paginate;
    }

    /**
     * For paged operations: hand the route a lazy java.util.Iterator over every item of every page instead of one
     * page. The next page is fetched only when the previous one has been consumed, so that
     * .split(body()).streaming() walks a segment of any size in constant memory.
     */
    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public int getProgressLogInterval() {
        return progressLogInterval;
    }

    /**
     * The time between two INFO progress lines of a long walk through pages (items, pages, items/s): milliseconds,
     * or a duration such as 5s, up to 24 days.
     */
    public void setProgressLogInterval(int progressLogInterval) {
        this.progressLogInterval = progressLogInterval;
    }

    public ConsumerMode getMode() {
        return mode;
    }

    /**
     * What the consumer hands to the route across polls: snapshot (every item of every walk; the default for
     * membership, searches and relationships), changes (only members that joined or left since the previous walk;
     * membership and searches) or newOnly (only items newer than the newest already handed; the default for
     * activities and messages).
     */
    public void setMode(ConsumerMode mode) {
        this.mode = mode;
    }

    public boolean isExchangePerPage() {
        return exchangePerPage;
    }

    /**
     * Hand the route one exchange per page, whose body is the List of the page's items, instead of one exchange per
     * item.
     */
    public void setExchangePerPage(boolean exchangePerPage) {
        this.exchangePerPage = exchangePerPage;
    }

    public boolean isEmitHistory() {
        return emitHistory;
    }

    /**
     * What the consumer's very first walk hands over. false (default): nothing, it only learns where "now" is
     * (newOnly) or records the current members as the baseline (changes). true: the existing history (newOnly) or
     * every current member as joined (changes).
     */
    public void setEmitHistory(boolean emitHistory) {
        this.emitHistory = emitHistory;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the consumer keeps its position (page cursor, newest item handed, previous membership) so that it
     * survives restarts. It must replace each entry atomically to survive a crash: the component's
     * DirectoryStateRepository (one file per entry, replaced by an atomic rename) or a transactional database-backed
     * one; Camel's FileStateRepository rewrites its whole file in place and is not crash-safe. Without it the
     * position lives in memory and a restart begins afresh. One nobody has started is started with the CamelContext
     * and stopped with it, never when a route stops.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * The key of this consumer's entry in the state repository. Defaults to the operation, the mode and a digest of its
     * parameters; set it when two consumers of the same call (e.g. against two workspaces) need separate positions.
     * A position written in one mode is never read in another: a consumer whose key holds another mode's position
     * refuses to start.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public UnreadableState getUnreadableState() {
        return unreadableState;
    }

    /**
     * What the consumer does when its stored position cannot be read back (a repository file cut short, an entry
     * edited by hand): fail (default) refuses to start and says what discarding it would lose; startOver discards it,
     * logs at WARN exactly what is lost, and starts as a consumer without a stored position would. A walk in progress
     * whose recorded members are unreadable is always started over, since that only repeats events.
     */
    public void setUnreadableState(UnreadableState unreadableState) {
        this.unreadableState = unreadableState;
    }

    /** The base URL in effect: baseUrl when set, else the region's. */
    public String effectiveBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank() ? baseUrl.trim() : region.baseUrl();
    }

    public CustomerIoCustomersConfiguration copy() {
        try {
            return (CustomerIoCustomersConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "CustomerIoCustomersConfiguration[baseUrl=" + effectiveBaseUrl() + ", apiKey="
                + (apiKey == null ? "not set" : "******") + "]";
    }
}
