package io.github.camelcustomerio.customers;

import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.HttpTransport;
import io.github.camelcustomerio.customers.client.RateLimiters;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.hc.core5.pool.PoolStats;

/**
 * The {@code customerio-customers} component: holds the configuration shared by its endpoints and the HTTP
 * connection pool they all use, closed when the component stops.
 */
@Component("customerio-customers")
public class CustomerIoCustomersComponent extends HealthCheckComponent {

    @Metadata
    private CustomerIoCustomersConfiguration configuration = new CustomerIoCustomersConfiguration();

    @Metadata(
            label = "advanced",
            defaultValue = "20",
            description = "The most HTTP connections the component keeps open to the service, shared by all its"
                    + " endpoints.")
    private int maxConnections = 20;

    private HttpTransport transport;
    private final RateLimiters rateLimiters = new RateLimiters();

    public CustomerIoCustomersComponent() {}

    public CustomerIoCustomersComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CustomerIoOperation operation = CustomerIoOperation.fromName(remaining);
        PipePlaceholders.resolve(getCamelContext(), parameters);
        UriOptionCheck.check(operation, parameters);
        CustomerIoCustomersEndpoint endpoint =
                new CustomerIoCustomersEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The connection pool, created on first use. */
    synchronized HttpTransport transport() {
        if (transport == null) {
            transport = new HttpTransport(maxConnections);
        }
        return transport;
    }

    /**
     * The connection pool's figures (leased, pending, available, max), for monitoring: a leased count that does not
     * come back to 0 when the routes are idle means a response was not consumed.
     */
    public PoolStats connectionPoolStats() {
        return transport().stats();
    }

    /** The limiters of the workspaces this component's endpoints talk to. */
    RateLimiters rateLimiters() {
        return rateLimiters;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        super.doStop();
    }

    public CustomerIoCustomersConfiguration getConfiguration() {
        return configuration;
    }

    /** The configuration the component's endpoints start from. */
    public void setConfiguration(CustomerIoCustomersConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
