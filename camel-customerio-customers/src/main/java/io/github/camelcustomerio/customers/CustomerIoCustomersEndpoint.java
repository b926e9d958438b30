package io.github.camelcustomerio.customers;

import java.time.Duration;
import java.util.Map;

import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.ApiKey;
import io.github.camelcustomerio.customers.client.CallStatistics;
import io.github.camelcustomerio.customers.client.ClientSettings;
import io.github.camelcustomerio.customers.client.CustomerIoClient;
import io.github.camelcustomerio.customers.client.RetryPolicy;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Call the Customer.io App API: people, segments, objects, activities and subscription preferences.
 */
@UriEndpoint(
        firstVersion = "1.0.0",
        scheme = "customerio-customers",
        title = "Customer.io Customers",
        syntax = "customerio-customers:operation",
        category = {Category.SAAS, Category.API},
        headersClass = CustomerIoCustomersConstants.class)
@ManagedResource(description = "Managed Customer.io Customers endpoint: its calls and its workspace's rate limiter")
public class CustomerIoCustomersEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The App API call to make.")
    @Metadata(required = true)
    private CustomerIoOperation operation;

    @UriParam
    private CustomerIoCustomersConfiguration configuration;

    @UriParam
    private CustomerIoCallParameters parameters = new CustomerIoCallParameters();

    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;

    private volatile CustomerIoClient client;
    private AutoCloseable meters;
    private PropertyConfigurerGetter options;

    public CustomerIoCustomersEndpoint(
            String uri,
            CustomerIoCustomersComponent component,
            CustomerIoOperation operation,
            CustomerIoCustomersConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public CustomerIoCustomersComponent getComponent() {
        return (CustomerIoCustomersComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new CustomerIoCustomersProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        CustomerIoCustomersConsumer consumer = new CustomerIoCustomersConsumer(this, processor);
        configureConsumer(consumer);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getApiKey() == null || configuration.getApiKey().isBlank()) {
            throw new IllegalArgumentException(
                    "customerio-customers needs an App API key: set the apiKey endpoint option or the component"
                            + " property camel.component.customerio-customers.api-key");
        }
        ApiKey apiKey = ApiKey.of(configuration.getApiKey());
        String baseUrl = configuration.effectiveBaseUrl();
        ClientSettings settings = new ClientSettings(
                baseUrl,
                apiKey,
                Duration.ofMillis(configuration.getConnectTimeout()),
                Duration.ofMillis(configuration.getResponseTimeout()),
                Duration.ofMillis(configuration.getCallTimeout()),
                Duration.ofMillis(configuration.getRateLimitMaxWait()),
                new RetryPolicy(
                        configuration.getMaxRetries(),
                        Duration.ofMillis(configuration.getRetryBackoff()),
                        Duration.ofMillis(configuration.getRetryMaxBackoff())),
                configuration.getMaxResponseSize(),
                UserAgent.of(getCamelContext().getVersion()));
        client = new CustomerIoClient(
                getComponent().transport(),
                settings,
                getComponent()
                        .rateLimiters()
                        .forWorkspace(
                                settings.baseUrl(),
                                apiKey,
                                configuration.getRateLimit(),
                                configuration.getRateLimitNodes()));
        meters = Micrometer.PRESENT ? CustomerIoMeters.bind(this) : null;
    }

    @Override
    protected void doStop() throws Exception {
        if (meters != null) {
            meters.close();
            meters = null;
        }
        super.doStop();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        options = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
    }

    /** The URI option's value for a call parameter, or null when the endpoint does not set it. */
    Object uriOption(ApiParameter parameter) {
        return options.getOptionValue(this, parameter.uriOption(), false);
    }

    /** The client, available once the endpoint has started. */
    CustomerIoClient client() {
        return client;
    }

    public CustomerIoOperation getOperation() {
        return operation;
    }

    /** The App API call to make. */
    public void setOperation(CustomerIoOperation operation) {
        this.operation = operation;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most exchanges one poll hands to the route (items, or pages with exchangePerPage); 0 means no bound. The
     * next poll continues where this one stopped.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public CustomerIoCustomersConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CustomerIoCustomersConfiguration configuration) {
        this.configuration = configuration;
    }

    public CustomerIoCallParameters getParameters() {
        return parameters;
    }

    public void setParameters(CustomerIoCallParameters parameters) {
        this.parameters = parameters;
    }

    @ManagedAttribute(description = "The fingerprint of the API key (never the key), telling workspaces apart")
    public String getKeyFingerprint() {
        return client == null ? null : client.settings().apiKey().fingerprint();
    }

    @ManagedAttribute(description = "Calls made through this endpoint (each may take several attempts)")
    public long getCalls() {
        return statistics().calls();
    }

    @ManagedAttribute(description = "Requests sent through this endpoint, retries included")
    public long getRequests() {
        return statistics().attempts();
    }

    @ManagedAttribute(description = "Calls that failed for good")
    public long getFailures() {
        return statistics().failures();
    }

    @ManagedAttribute(
            description = "Calls that failed for good, by the status of their last attempt (none: no answer;"
                    + " noSlot: no slot under the rate limit in time)")
    public String getFailuresByStatus() {
        return statistics().failuresByStatus().toString();
    }

    @ManagedAttribute(description = "Failed attempts sent again")
    public long getRetries() {
        return statistics().retries();
    }

    @ManagedAttribute(description = "Attempts the service answered with 429 Too Many Requests")
    public long getTooManyRequests() {
        return statistics().tooManyRequests();
    }

    @ManagedAttribute(description = "Time the calls waited for their slot under the rate limit, in milliseconds")
    public long getRateLimitWaitMillis() {
        return statistics().rateLimitWaitMillis();
    }

    @ManagedAttribute(description = "The workspace's rate limit on this node, in requests per second (0: none)")
    public double getRateLimitRequestsPerSecond() {
        return client == null ? 0 : client.rateLimiter().requestsPerSecond();
    }

    @ManagedAttribute(description = "The rate the workspace's limiter allows now: the limit, or less after 429s")
    public double getRateLimitCurrentRate() {
        return client == null ? 0 : client.rateLimiter().currentRate();
    }

    @ManagedAttribute(description = "How long a call asking now would wait for its slot, in milliseconds")
    public long getRateLimitCurrentWaitMillis() {
        return client == null ? 0 : client.rateLimiter().currentWaitMillis();
    }

    @ManagedAttribute(description = "Calls waiting for their slot under the workspace's rate limit")
    public int getRateLimitQueueLength() {
        return client == null ? 0 : client.rateLimiter().queueLength();
    }

    @ManagedAttribute(description = "429 answers the workspace's limiter was told about, from any endpoint")
    public long getRateLimitTooManyRequests() {
        return client == null ? 0 : client.rateLimiter().tooManyRequestsSeen();
    }

    @ManagedAttribute(description = "How long the Retry-After of 429 answers held the workspace's calls back, in ms")
    public long getRateLimitRetryAfterPauseMillis() {
        return client == null ? 0 : client.rateLimiter().retryAfterPauseMillis();
    }

    /** The figures of this endpoint's calls; empty before it started. */
    private CallStatistics statistics() {
        CustomerIoClient started = client;
        return started == null ? new CallStatistics() : started.statistics();
    }

    @Override
    public String getServiceUrl() {
        return configuration.effectiveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", configuration.getRegion().name());
    }
}
