package io.github.camelcustomerio.customers.client;

import java.util.Objects;

/**
 * An HTTP proxy every call goes through (HTTPS calls through a {@code CONNECT} tunnel), with the credentials it asks
 * for, if any. The credentials are only ever handed to HttpClient's credentials provider for the proxy's address;
 * {@link #toString()} shows the address alone.
 */
public final class ProxySettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;

    private ProxySettings(String host, int port, String username, String password) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /** A proxy that needs no credentials. */
    public static ProxySettings of(String host, int port) {
        return new ProxySettings(host, port, null, null);
    }

    /** The same proxy, answering its {@code 407} challenges with these credentials (Basic). */
    public ProxySettings withCredentials(String username, String password) {
        return new ProxySettings(
                host, port, Objects.requireNonNull(username, "username"), Objects.requireNonNull(password, "password"));
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    boolean hasCredentials() {
        return username != null;
    }

    String username() {
        return username;
    }

    char[] password() {
        return password.toCharArray();
    }

    /** {@code host:port}. */
    String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "proxy " + address() + (hasCredentials() ? " with credentials" : "");
    }
}
