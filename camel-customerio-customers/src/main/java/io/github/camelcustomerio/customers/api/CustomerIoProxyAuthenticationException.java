package io.github.camelcustomerio.customers.api;

import java.util.List;

/**
 * The HTTP proxy between the component and the service refused the call: it answered {@code 407 Proxy Authentication
 * Required} because no credentials were configured for it, or because it rejected them. Names the proxy, never the
 * credentials.
 */
public class CustomerIoProxyAuthenticationException extends CustomerIoApiException {

    private static final long serialVersionUID = 1L;

    private final String proxy;

    /**
     * @param proxy          the proxy as {@code host:port}, or a description when the JVM's proxy settings chose it
     * @param hadCredentials whether credentials were configured for the proxy (so it rejected them)
     */
    public CustomerIoProxyAuthenticationException(
            CustomerIoOperation operation,
            int attempts,
            String statusText,
            String responseBody,
            String proxy,
            boolean hadCredentials) {
        super(
                operation,
                attempts,
                407,
                statusText,
                List.of(),
                responseBody,
                null,
                operation.name() + " was refused by the proxy " + proxy + ": HTTP 407"
                        + (statusText == null || statusText.isBlank() ? "" : " " + statusText)
                        + (hadCredentials
                                ? "; it rejected the credentials of proxyAuthUsername and proxyAuthPassword"
                                : "; it asks for credentials: set proxyAuthUsername and proxyAuthPassword"));
        this.proxy = proxy;
    }

    /** The proxy that refused the call, as {@code host:port}. */
    public String getProxy() {
        return proxy;
    }
}
