package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.net.ssl.SSLContext;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.ConnectionSettings;
import io.github.camelcustomerio.customers.client.HttpTransport;
import io.github.camelcustomerio.customers.client.ProxySettings;
import io.github.camelcustomerio.customers.client.RateLimiters;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.core5.pool.PoolStats;

/**
 * The {@code customerio-customers} component: holds the configuration shared by its endpoints and the HTTP
 * connection pool they all use, closed when the component stops. The pool's TLS, proxy and HttpClient options are
 * therefore the component's, named as camel-http names them: endpoints that need another set-up use a second
 * component (for example a bean {@code customerio-eu} of this class).
 */
@Component("customerio-customers")
public class CustomerIoCustomersComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private CustomerIoCustomersConfiguration configuration = new CustomerIoCustomersConfiguration();

    @Metadata(
            label = "advanced",
            defaultValue = "20",
            description = "The most HTTP connections the component keeps open to the service, shared by all its"
                    + " endpoints.")
    private int maxConnections = 20;

    @Metadata(
            label = "security",
            description = "To configure security using SSLContextParameters: whom the HTTPS connections trust (a"
                    + " private CA, a TLS-inspecting proxy's CA), the client certificate, protocols and cipher suites."
                    + " Without it, and without useGlobalSslContextParameters, the JVM's defaults apply. Important:"
                    + " only one instance of SSLContextParameters is supported per component, since all its"
                    + " endpoints share one connection pool; for another set-up, define a second component.")
    private SSLContextParameters sslContextParameters;

    @Metadata(
            label = "security",
            defaultValue = "false",
            description = "Enable usage of global SSL context parameters: the CamelContext's SSLContextParameters"
                    + " (the camel.ssl properties under Camel Main), used when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(
            label = "proxy",
            description = "Proxy server host: every call goes through this HTTP proxy (HTTPS calls through a CONNECT"
                    + " tunnel) instead of the one the JVM's proxy settings (https.proxyHost, ...) choose. Needs"
                    + " proxyPort.")
    private String proxyHost;

    @Metadata(label = "proxy", description = "Proxy server port. Needs proxyHost.")
    private Integer proxyPort;

    @Metadata(
            label = "proxy",
            secret = true,
            description = "Proxy server username, sent (Basic) when the proxy answers 407 Proxy Authentication"
                    + " Required, and only to the proxy. Needs proxyAuthPassword and proxyHost.")
    private String proxyAuthUsername;

    @Metadata(label = "proxy", secret = true, description = "Proxy server password. Needs proxyAuthUsername.")
    private String proxyAuthPassword;

    @Metadata(
            label = "advanced",
            description = "To use the custom HttpClientConfigurer to perform configuration of the HttpClient that will"
                    + " be used: it is called with the component's HttpClientBuilder once the connection pool, TLS and"
                    + " proxy are set, before the client is built, so what it sets wins (interceptors, a route planner,"
                    + " a credentials provider...). The connection pool is the component's: replacing it drops"
                    + " maxConnections, sslContextParameters and the header log that masks credentials.")
    private HttpClientConfigurer httpClientConfigurer;

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

    /** The connection pool, created on first use from the component's TLS, proxy and HttpClient options. */
    synchronized HttpTransport transport() {
        if (transport == null) {
            HttpClientConfigurer configurer = httpClientConfigurer;
            transport = new HttpTransport(new ConnectionSettings(
                    maxConnections,
                    sslContext(),
                    proxySettings(),
                    configurer == null ? null : configurer::configureHttpClient));
        }
        return transport;
    }

    /** The SSLContext of sslContextParameters (or the CamelContext's, with useGlobalSslContextParameters), or null. */
    private SSLContext sslContext() {
        SSLContextParameters parameters =
                sslContextParameters != null ? sslContextParameters : retrieveGlobalSslContextParameters();
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(
                    "customerio-customers cannot set up TLS from "
                            + (sslContextParameters != null
                                    ? "sslContextParameters"
                                    : "the CamelContext's global SSLContextParameters (useGlobalSslContextParameters)")
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The proxy of proxyHost and proxyPort (with its credentials), or null when the JVM's proxy settings apply. Options
     * that only make sense together are refused alone, before any call is made.
     */
    private ProxySettings proxySettings() {
        boolean host = proxyHost != null && !proxyHost.isBlank();
        boolean username = proxyAuthUsername != null && !proxyAuthUsername.isEmpty();
        boolean password = proxyAuthPassword != null && !proxyAuthPassword.isEmpty();
        if (host != (proxyPort != null)) {
            throw new IllegalArgumentException(
                    host
                            ? "customerio-customers: proxyHost is set but proxyPort is not; set both (proxy-host and"
                                    + " proxy-port under camel.component.customerio-customers) or neither"
                            : "customerio-customers: proxyPort is set but proxyHost is not; set both (proxy-host and"
                                    + " proxy-port under camel.component.customerio-customers) or neither");
        }
        if (username != password) {
            throw new IllegalArgumentException(
                    username
                            ? "customerio-customers: proxyAuthUsername is set but proxyAuthPassword is not; set both or neither"
                            : "customerio-customers: proxyAuthPassword is set but proxyAuthUsername is not; set both or neither");
        }
        if (!host) {
            if (username) {
                throw new IllegalArgumentException("customerio-customers: proxyAuthUsername and proxyAuthPassword are"
                        + " set but proxyHost and proxyPort are not; the credentials are only sent to that proxy");
            }
            return null;
        }
        if (proxyPort < 1 || proxyPort > 65535) {
            throw new IllegalArgumentException(
                    "customerio-customers: proxyPort must be from 1 to 65535; got " + proxyPort);
        }
        ProxySettings proxy = ProxySettings.of(proxyHost.trim(), proxyPort);
        return username ? proxy.withCredentials(proxyAuthUsername, proxyAuthPassword) : proxy;
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

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
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

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }
}
