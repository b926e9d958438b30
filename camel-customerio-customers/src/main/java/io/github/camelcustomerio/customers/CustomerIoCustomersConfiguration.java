package io.github.camelcustomerio.customers;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
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
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "int")
    private int connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "int")
    private int responseTimeout = 30_000;
    @UriParam(defaultValue = "false")
    private boolean rawJson;

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

    public int getConnectTimeout() {
        return connectTimeout;
    }

    /** Milliseconds to wait for a connection to the service. */
    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    /** Milliseconds to wait for the service's answer (between two packets) once a request is sent. */
    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    /** Hand the answer to the route as JSON text (String) instead of a java.util.Map. */
    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
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
