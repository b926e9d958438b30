package io.github.camelcustomerio.customers.springboot;

// Generated from the component's descriptor by StarterSourcesTest (-Dstarter.update=true): do not edit.

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Call the Customer.io App API: people, segments, objects, activities and subscription preferences.
 * Spring Boot properties of the customerio-customers component.
 */
@ConfigurationProperties(prefix = "camel.component.customerio-customers")
public class CustomerIoCustomersComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the customerio-customers component. This is enabled
     * by default.
     */
    private Boolean enabled;

    /**
     * The configuration the component's endpoints start from.
     */
    private io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration configuration;

    /**
     * How many times a failed attempt is sent again: after 429 (waiting the Retry-After the service
     * gives), after 500, 502, 503, 504, a reset connection or a response timeout when the call is
     * safe to repeat (reads, searches, deleteManSegment; never createManSegment), and after a
     * failure to connect. 0 never retries.
     */
    private Integer maxRetries = 5;

    /**
     * Requests per second to the workspace, shared by every endpoint, producer and consumer of the
     * component that uses the same base URL and API key. Requests are spaced evenly, so no
     * one-second window ever holds more. The App API allows 10; 0 turns the limiter off; at most
     * 10000. After a 429 the rate goes down to 70% (once a second at most) and comes back by 5% of
     * the limit a second. With several nodes, see rateLimitNodes.
     */
    private Integer rateLimit = 10;

    /**
     * How many nodes (replicas of this integration, each with its own CamelContext) share the
     * workspace's rateLimit: each node sends at most rateLimit / rateLimitNodes requests per
     * second, so that together they stay within the limit with even shares. Left at 1 on several
     * nodes, they still back off together when the service answers 429, but their shares are uneven
     * and some calls wait for retries.
     */
    private Integer rateLimitNodes = 1;

    /**
     * Hand the answer to the route as JSON text (String) instead of a java.util.Map.
     */
    private Boolean rawJson = false;

    /**
     * The data centre of the workspace: US (https://api.customer.io) or EU
     * (https://api-eu.customer.io).
     */
    private io.github.camelcustomerio.customers.Region region = io.github.camelcustomerio.customers.Region.US;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any
     * exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming
     * messages, or the likes, will now be processed as a message and handled by the routing Error
     * Handler. Important: This is only possible if the 3rd party component allows Camel to be
     * alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
     * component to hook into the 3rd party component and make this possible for future releases. By
     * default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * What the consumer's very first walk hands over. false (default): nothing, it only learns
     * where now is (newOnly) or records the current members as the baseline (changes). true: the
     * existing history (newOnly) or every current member as joined (changes).
     */
    private Boolean emitHistory = false;

    /**
     * Hand the route one exchange per page, whose body is the List of the page's items, instead of
     * one exchange per item.
     */
    private Boolean exchangePerPage = false;

    /**
     * What the consumer hands to the route across polls: snapshot (every item of every walk; the
     * default for membership, searches and relationships), changes (only members that joined or
     * left since the previous walk; membership and searches) or newOnly (only items newer than the
     * newest already handed; the default for activities and messages).
     */
    private io.github.camelcustomerio.customers.consumer.ConsumerMode mode;

    /**
     * The key of this consumer's entry in the state repository. Defaults to the operation, the mode
     * and a digest of its parameters; set it when two consumers of the same call (e.g. against two
     * workspaces) need separate positions. A position written in one mode is never read in another:
     * a consumer whose key holds another mode's position refuses to start.
     */
    private String stateKey;

    /**
     * Where the consumer keeps its position (page cursor, newest item handed, previous membership)
     * so that it survives restarts. It must replace each entry atomically to survive a crash: the
     * component's DirectoryStateRepository (one file per entry, replaced by an atomic rename) or a
     * transactional database-backed one; Camel's FileStateRepository rewrites its whole file in
     * place and is not crash-safe. Without it the position lives in memory and a restart begins
     * afresh. One nobody has started is started with the CamelContext and stopped with it, never
     * when a route stops.
     */
    private org.apache.camel.spi.StateRepository stateRepository;

    /**
     * What the consumer does when its stored position cannot be read back (a repository file cut
     * short, an entry edited by hand): fail (default) refuses to start and says what discarding it
     * would lose; startOver discards it, logs at WARN exactly what is lost, and starts as a
     * consumer without a stored position would. A walk in progress whose recorded members are
     * unreadable is always started over, since that only repeats events.
     */
    private io.github.camelcustomerio.customers.consumer.UnreadableState unreadableState = io.github.camelcustomerio.customers.consumer.UnreadableState.fail;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can
     * use this to allow CamelContext and routes to startup in situations where a producer may
     * otherwise fail during starting and cause the route to fail being started. By deferring this
     * startup to be lazy then the startup failure can be handled during routing messages via
     * Camel's routing error handlers. Beware that when the first message is processed then creating
     * and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * For paged operations: hand the route a lazy java.util.Iterator over every item of every page
     * instead of one page. The next page is fetched only when the previous one has been consumed,
     * so that .split(body()).streaming() walks a segment of any size in constant memory.
     */
    private Boolean paginate = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must
     * be marked as autowired) by looking up in the registry to find if there is a single instance
     * of matching type, which then gets configured on the component. This can be used for automatic
     * configuring JDBC data sources, JMS connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The service root URL, replacing the region's: for a proxy, a gateway or a local simulator,
     * e.g. http://localhost:8080.
     */
    private String baseUrl;

    /**
     * How long one call may take in all (milliseconds, or a duration such as 2m): every attempt,
     * the delays between retries and the wait for a slot under the rate limit. A call still running
     * then is aborted, so a stalled server never holds a route longer.
     */
    private java.time.Duration callTimeout = java.time.Duration.ofMillis(120000);

    /**
     * How long to wait for a connection to the service: milliseconds, or a duration such as 10s.
     */
    private java.time.Duration connectTimeout = java.time.Duration.ofMillis(10000);

    /**
     * To use the custom HttpClientConfigurer to perform configuration of the HttpClient that will
     * be used: it is called with the component's HttpClientBuilder once the connection pool, TLS
     * and proxy are set, before the client is built, so what it sets wins (interceptors, a route
     * planner, a credentials provider...). The connection pool is the component's: replacing it
     * drops maxConnections, sslContextParameters and the header log that masks credentials.
     */
    private org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer;

    /**
     * The most HTTP connections the component keeps open to the service, shared by all its
     * endpoints.
     */
    private Integer maxConnections = 20;

    /**
     * The longest answer body read, in bytes, once inflated if it came compressed (default 32 MB; a
     * page of 30,000 members is about 3.5 MB). A longer answer fails the call, without being
     * retried, before it can fill the heap: one that declares a longer length is not read at all,
     * any other is read up to this size.
     */
    private Integer maxResponseSize = 33554432;

    /**
     * The time between two INFO progress lines of a long walk through pages (items, pages,
     * items/s): milliseconds, or a duration such as 5s, up to 24 days.
     */
    private java.time.Duration progressLogInterval = java.time.Duration.ofMillis(5000);

    /**
     * How long a call may wait for its turn under the rate limit before it fails: milliseconds, or
     * a duration such as 1m.
     */
    private java.time.Duration rateLimitMaxWait = java.time.Duration.ofMillis(60000);

    /**
     * How long to wait for the service's answer (between two packets) once a request is sent:
     * milliseconds, or a duration such as 30s.
     */
    private java.time.Duration responseTimeout = java.time.Duration.ofMillis(30000);

    /**
     * The wait before the first retry when the service gives no Retry-After (milliseconds, or a
     * duration such as 500ms); doubled at each retry, jittered.
     */
    private java.time.Duration retryBackoff = java.time.Duration.ofMillis(500);

    /**
     * The longest wait between two attempts when the service gives no Retry-After: milliseconds, or
     * a duration such as 30s.
     */
    private java.time.Duration retryMaxBackoff = java.time.Duration.ofMillis(30000);

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice:
     * Camel has by default disabled all producer based health-checks. You can turn on producer
     * checks globally by setting camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Proxy server password. Needs proxyAuthUsername. A secret: Camel masks it where it prints
     * endpoint URIs and options.
     */
    private String proxyAuthPassword;

    /**
     * Proxy server username, sent (Basic) when the proxy answers 407 Proxy Authentication Required,
     * and only to the proxy. Needs proxyAuthPassword and proxyHost. A secret: Camel masks it where
     * it prints endpoint URIs and options.
     */
    private String proxyAuthUsername;

    /**
     * Proxy server host: every call goes through this HTTP proxy (HTTPS calls through a CONNECT
     * tunnel) instead of the one the JVM's proxy settings (https.proxyHost, ...) choose. Needs
     * proxyPort.
     */
    private String proxyHost;

    /**
     * Proxy server port. Needs proxyHost.
     */
    private Integer proxyPort;

    /**
     * The App API key of the workspace (Settings, API credentials, App API keys), sent as a bearer
     * token. Required. A secret: Camel masks it where it prints endpoint URIs and options.
     */
    private String apiKey;

    /**
     * To configure security using SSLContextParameters: whom the HTTPS connections trust (a private
     * CA, a TLS-inspecting proxy's CA), the client certificate, protocols and cipher suites.
     * Without it, and without useGlobalSslContextParameters, the JVM's defaults apply. Important:
     * only one instance of SSLContextParameters is supported per component, since all its endpoints
     * share one connection pool; for another set-up, define a second component.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;

    /**
     * Enable usage of global SSL context parameters: the CamelContext's SSLContextParameters (the
     * camel.ssl properties under Camel Main), used when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters = false;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration configuration) {
        this.configuration = configuration;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Integer getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Integer rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Integer getRateLimitNodes() {
        return rateLimitNodes;
    }

    public void setRateLimitNodes(Integer rateLimitNodes) {
        this.rateLimitNodes = rateLimitNodes;
    }

    public Boolean getRawJson() {
        return rawJson;
    }

    public void setRawJson(Boolean rawJson) {
        this.rawJson = rawJson;
    }

    public io.github.camelcustomerio.customers.Region getRegion() {
        return region;
    }

    public void setRegion(io.github.camelcustomerio.customers.Region region) {
        this.region = region;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitHistory() {
        return emitHistory;
    }

    public void setEmitHistory(Boolean emitHistory) {
        this.emitHistory = emitHistory;
    }

    public Boolean getExchangePerPage() {
        return exchangePerPage;
    }

    public void setExchangePerPage(Boolean exchangePerPage) {
        this.exchangePerPage = exchangePerPage;
    }

    public io.github.camelcustomerio.customers.consumer.ConsumerMode getMode() {
        return mode;
    }

    public void setMode(io.github.camelcustomerio.customers.consumer.ConsumerMode mode) {
        this.mode = mode;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public org.apache.camel.spi.StateRepository getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(org.apache.camel.spi.StateRepository stateRepository) {
        this.stateRepository = stateRepository;
    }

    public io.github.camelcustomerio.customers.consumer.UnreadableState getUnreadableState() {
        return unreadableState;
    }

    public void setUnreadableState(io.github.camelcustomerio.customers.consumer.UnreadableState unreadableState) {
        this.unreadableState = unreadableState;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getPaginate() {
        return paginate;
    }

    public void setPaginate(Boolean paginate) {
        this.paginate = paginate;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public java.time.Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(java.time.Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public java.time.Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(java.time.Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public org.apache.camel.component.http.HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(org.apache.camel.component.http.HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Integer maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public java.time.Duration getProgressLogInterval() {
        return progressLogInterval;
    }

    public void setProgressLogInterval(java.time.Duration progressLogInterval) {
        this.progressLogInterval = progressLogInterval;
    }

    public java.time.Duration getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(java.time.Duration rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public java.time.Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(java.time.Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public java.time.Duration getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(java.time.Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public java.time.Duration getRetryMaxBackoff() {
        return retryMaxBackoff;
    }

    public void setRetryMaxBackoff(java.time.Duration retryMaxBackoff) {
        this.retryMaxBackoff = retryMaxBackoff;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
