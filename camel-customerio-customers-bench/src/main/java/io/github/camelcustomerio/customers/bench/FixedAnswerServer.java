package io.github.camelcustomerio.customers.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP/1.1 server on the loopback interface that answers every request for a known method and path with the same
 * bytes, recorded once from the simulator. It costs every client under test the same few microseconds, so that what
 * differs between them is the client's own work. One thread per kept-alive connection; requests without the
 * expected {@code Authorization} are answered 401.
 */
public final class FixedAnswerServer implements Closeable {

    private static final byte[] NOT_FOUND = response(
            404,
            "{\"errors\":[{\"status\":\"404\",\"detail\":\"no answer recorded\"}]}".getBytes(StandardCharsets.UTF_8));
    private static final byte[] UNAUTHORIZED = response(
            401, "{\"errors\":[{\"status\":\"401\",\"detail\":\"bad key\"}]}".getBytes(StandardCharsets.UTF_8));

    private final Map<String, byte[]> answers;
    private final String authorization;
    private final ServerSocket listener;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * @param answers answer bodies by {@code "METHOD /path"} (no query string), each served as 200 application/json
     * @param apiKey  the key clients must send as {@code Authorization: Bearer <key>}
     */
    public FixedAnswerServer(Map<String, byte[]> answers, String apiKey) throws IOException {
        this.answers = new ConcurrentHashMap<>();
        answers.forEach((request, body) -> this.answers.put(request, response(200, body)));
        this.authorization = "Bearer " + apiKey;
        this.listener = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "fixed-answer-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "fixed-answer-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("fixed-answer server: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
            while (!closed) {
                head.reset();
                if (!readHead(in, head)) {
                    return;
                }
                List<String> lines =
                        head.toString(StandardCharsets.ISO_8859_1).lines().toList();
                String[] requestLine = lines.get(0).split(" ");
                String target = requestLine[1];
                int query = target.indexOf('?');
                String key = requestLine[0] + " " + (query < 0 ? target : target.substring(0, query));
                long contentLength = 0;
                boolean chunked = false;
                boolean close = false;
                String auth = null;
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> contentLength = Long.parseLong(value);
                        case "transfer-encoding" ->
                            chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                        case "connection" -> close = value.equalsIgnoreCase("close");
                        case "authorization" -> auth = value;
                        default -> {}
                    }
                }
                if (chunked) {
                    skipChunked(in);
                } else {
                    skip(in, contentLength);
                }
                byte[] answer = !authorization.equals(auth) ? UNAUTHORIZED : answers.getOrDefault(key, NOT_FOUND);
                out.write(answer);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (SocketException e) {
            // the client closed the connection
        } catch (IOException e) {
            if (!closed) {
                System.err.println("fixed-answer server: " + e);
            }
        } finally {
            connections.remove(socket);
        }
    }

    /** Reads the request line and headers up to the blank line; false at the end of the stream. */
    private static boolean readHead(InputStream in, ByteArrayOutputStream head) throws IOException {
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b == '\r' || b == '\n') {
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                        ? matched + 1
                        : 0;
                if (matched == 4) {
                    return true;
                }
            } else {
                matched = 0;
            }
            head.write(b);
        }
    }

    private static void skip(InputStream in, long count) throws IOException {
        for (long left = count; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("request body cut short");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static void skipChunked(InputStream in) throws IOException {
        while (true) {
            String size = readLine(in);
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers
                }
                return;
            }
            skip(in, length);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("request cut short");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static byte[] response(int status, byte[] body) {
        String reason = switch (status) {
            case 200 -> "OK";
            case 401 -> "Unauthorized";
            default -> "Not Found";
        };
        byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\n"
                        + "Content-Type: application/json; charset=utf-8\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
