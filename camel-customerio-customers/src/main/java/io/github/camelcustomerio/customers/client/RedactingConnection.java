package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pooled HttpClient connection that never writes the API key or the proxy's credentials to a log. HttpClient's own
 * connection logs every request header (logger {@code org.apache.hc.client5.http.headers}) and every byte
 * ({@code org.apache.hc.client5.http.wire}) when those loggers are at DEBUG, which would print
 * {@code Authorization: Bearer <key>} and {@code Proxy-Authorization: Basic <user:password in Base64>}. This one logs
 * the same header lines with those two credentials masked and does no wire logging; otherwise it behaves as
 * HttpClient's (socket timeout kept while pooled, close once). The proxy's {@code CONNECT} requests go through it
 * too.
 */
final class RedactingConnection extends DefaultBHttpClientConnection
        implements ManagedHttpClientConnection, Identifiable {

    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private static final AtomicLong COUNTER = new AtomicLong();

    /** Creates these connections for a connection pool. */
    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        RedactingConnection connection = new RedactingConnection("customerio-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private final String id;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Timeout socketTimeout;

    private RedactingConnection(String id) {
        super(Http1Config.DEFAULT);
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
        refuseIfClosed(socket);
        super.bind(socket);
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        refuseIfClosed(sslSocket);
        super.bind(sslSocket, socket);
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    private void refuseIfClosed(Socket socket) throws IOException {
        if (closed.get()) {
            socket.close();
            throw new InterruptedIOException("Connection already shut down");
        }
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder != null ? holder.getSocket() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            super.close();
        }
    }

    @Override
    public void close(CloseMode closeMode) {
        if (closed.compareAndSet(false, true)) {
            super.close(closeMode);
        }
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
        if (request != null && HEADER_LOG.isDebugEnabled()) {
            HEADER_LOG.debug("{} >> {}", id, new RequestLine(request));
            for (Header header : request.getHeaders()) {
                boolean secret = HttpHeaders.AUTHORIZATION.equalsIgnoreCase(header.getName())
                        || HttpHeaders.PROXY_AUTHORIZATION.equalsIgnoreCase(header.getName());
                HEADER_LOG.debug("{} >> {}: {}", id, header.getName(), secret ? "******" : header.getValue());
            }
        }
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
        if (response != null && HEADER_LOG.isDebugEnabled()) {
            HEADER_LOG.debug("{} << {}", id, new StatusLine(response));
            for (Header header : response.getHeaders()) {
                HEADER_LOG.debug("{} << {}", id, header);
            }
        }
    }
}
