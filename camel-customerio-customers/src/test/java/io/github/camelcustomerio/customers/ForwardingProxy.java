package io.github.camelcustomerio.customers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP forward proxy, behaving as a corporate one does: it forwards absolute-form requests
 * ({@code GET http://host:port/path HTTP/1.1}) to their target and tunnels {@code CONNECT host:port} (for HTTPS).
 * Built with credentials, it requires {@code Proxy-Authorization: Basic ...} and answers {@code 407} with a
 * {@code Proxy-Authenticate} challenge otherwise, keeping the connection open for the retry, as proxies do. It records
 * every request it received. Request bodies must come with a Content-Length (as HttpClient sends byte-array bodies);
 * a forwarded exchange, and a tunnel, end with their connection.
 */
final class ForwardingProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardingProxy.class);

    /** A request the proxy received: its method, the target's {@code host:port}, and whether it was let through. */
    record Seen(String method, String target, boolean authorized) {}

    private final String expectedAuthorization;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private ForwardingProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** A proxy that lets every request through. */
    static ForwardingProxy open() throws IOException {
        return new ForwardingProxy(null);
    }

    /** A proxy that lets through only requests carrying these Basic credentials. */
    static ForwardingProxy requiring(String username, String password) throws IOException {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ForwardingProxy("Basic " + token);
    }

    String host() {
        return server.getInetAddress().getHostAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every request received, in order, including those answered 407. */
    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The requests let through (forwarded, or tunnelled for CONNECT). */
    List<Seen> letThrough() {
        return seen.stream().filter(Seen::authorized).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("test proxy stopped accepting: {}", e.toString());
                }
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            for (Head request = Head.read(in); request != null; request = Head.read(in)) {
                boolean authorized = expectedAuthorization == null
                        || expectedAuthorization.equals(request.header("Proxy-Authorization"));
                Seen received = new Seen(request.method(), request.targetAddress(), authorized);
                seen.add(received);
                LOG.debug("test proxy received {}", received);
                if (!authorized) {
                    in.skipNBytes(request.contentLength());
                    answer407(out);
                } else if (request.method().equals("CONNECT")) {
                    tunnel(request, in, client);
                    return;
                } else {
                    forward(request, in, out);
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("test proxy connection ended: {}", e.toString());
        } finally {
            sockets.remove(client);
        }
    }

    private static void answer407(OutputStream out) throws IOException {
        byte[] body = "proxy credentials required".getBytes(StandardCharsets.US_ASCII);
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                        + "Content-Type: text/plain\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Sends the request on in origin form to its target, and its answer back; both connections then close. */
    private void forward(Head request, InputStream in, OutputStream out) throws IOException {
        URI target = URI.create(request.target());
        try (Socket upstream = new Socket(target.getHost(), target.getPort() < 0 ? 80 : target.getPort())) {
            sockets.add(upstream);
            String pathAndQuery =
                    target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            OutputStream toTarget = upstream.getOutputStream();
            toTarget.write(request.withFirstLine(request.method() + " " + pathAndQuery + " HTTP/1.1")
                    .bytes());
            toTarget.write(in.readNBytes(request.contentLength()));
            toTarget.flush();
            InputStream fromTarget = new BufferedInputStream(upstream.getInputStream());
            Head response = Head.read(fromTarget);
            if (response == null) {
                throw new IOException("the target closed the connection without answering");
            }
            out.write(response.bytes());
            fromTarget.transferTo(out);
            out.flush();
        } finally {
            sockets.removeIf(Socket::isClosed);
        }
    }

    /** Answers 200 and relays bytes both ways until either side closes. */
    private void tunnel(Head request, InputStream in, Socket client) throws IOException {
        String[] hostAndPort = request.target().split(":");
        try (Socket upstream = new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
            sockets.add(upstream);
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            threads.execute(() -> relay(in, upstream));
            upstream.getInputStream().transferTo(out);
        } finally {
            sockets.removeIf(Socket::isClosed);
        }
    }

    private static void relay(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            LOG.debug("test proxy tunnel ended: {}", e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    /**
     * The head of an HTTP message: its first line and its header lines. Connection management headers are dropped
     * and {@code Connection: close} is added when it is written on, since each forwarded exchange has a connection
     * of its own.
     */
    private record Head(String firstLine, List<String[]> headers) {

        private static final Set<String> HOP_BY_HOP =
                Set.of("connection", "keep-alive", "proxy-connection", "proxy-authorization");

        /** Reads a head, or answers null at the end of the stream. */
        static Head read(InputStream in) throws IOException {
            String firstLine = line(in);
            if (firstLine == null) {
                return null;
            }
            List<String[]> headers = new ArrayList<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.add(new String[] {
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()
                });
            }
            return new Head(firstLine, headers);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        String method() {
            return firstLine.split(" ")[0];
        }

        /** The request target as sent: {@code http://host:port/path} or, for CONNECT, {@code host:port}. */
        String target() {
            return firstLine.split(" ")[1];
        }

        /** The target's {@code host:port}. */
        String targetAddress() {
            if (method().equals("CONNECT")) {
                return target();
            }
            URI uri = URI.create(target());
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 80 : uri.getPort());
        }

        String header(String name) {
            return headers.stream()
                    .filter(header -> header[0].equalsIgnoreCase(name))
                    .map(header -> header[1])
                    .findFirst()
                    .orElse(null);
        }

        int contentLength() {
            String length = header("Content-Length");
            return length == null ? 0 : Integer.parseInt(length);
        }

        Head withFirstLine(String line) {
            return new Head(line, headers);
        }

        /** The head as written on: without hop-by-hop headers and the proxy's credentials, closing after. */
        byte[] bytes() {
            StringBuilder head = new StringBuilder(firstLine).append("\r\n");
            for (String[] header : headers) {
                if (!HOP_BY_HOP.contains(header[0].toLowerCase(java.util.Locale.ROOT))) {
                    head.append(header[0]).append(": ").append(header[1]).append("\r\n");
                }
            }
            return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
