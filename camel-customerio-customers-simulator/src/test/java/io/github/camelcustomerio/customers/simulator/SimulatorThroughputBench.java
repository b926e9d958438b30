package io.github.camelcustomerio.customers.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;

/**
 * Measures how many requests per second the simulator serves on this machine. Not a unit test: run it with
 * {@code java -cp <test classpath> io.github.camelcustomerio.customers.simulator.SimulatorThroughputBench [clients] [seconds]}.
 *
 * <p>Each client keeps one HTTP/1.1 connection alive and sends a mix of reads and a people search; the
 * client is a few lines over a socket so that it costs the shared CPU as little as possible.
 */
public final class SimulatorThroughputBench {

    private static final String[] PATHS = {
        "/v1/segments/7",
        "/v1/customers/user-17/attributes",
        "/v1/segments/7/membership?limit=10",
        "/v1/customers/user-17/activities",
        "/v1/segments/900/membership?limit=100",
    };
    private static final String SEARCH = "{\"filter\":{\"and\":[{\"segment\":{\"id\":7}},"
            + "{\"not\":{\"attribute\":{\"field\":\"beta_tester\",\"operator\":\"exists\"}}}]}}";

    private SimulatorThroughputBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo().withSyntheticSegment(900, 1_000_000, 42))
                .rateLimit(0)
                .threads(16)
                .build()
                .start()) {
            run(simulator, clients, 2, new LongAdder(), new LongAdder());
            LongAdder completed = new LongAdder();
            LongAdder failed = new LongAdder();
            long started = System.nanoTime();
            run(simulator, clients, seconds, completed, failed);
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "%d clients, %.1f s: %d requests, %d failed, %.0f requests/s%n",
                    clients, elapsed, completed.sum(), failed.sum(), completed.sum() / elapsed);
        }
    }

    private static void run(
            CustomerIoSimulator simulator, int clients, int seconds, LongAdder completed, LongAdder failed)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                try (Socket socket = new Socket(simulator.host(), simulator.port())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    for (int i = offset; running.get(); i++) {
                        boolean search = i % (PATHS.length + 1) == PATHS.length;
                        String request = search
                                ? request("POST", "/v1/customers", SEARCH, simulator.apiKey())
                                : request("GET", PATHS[i % (PATHS.length + 1)], null, simulator.apiKey());
                        out.write(request.getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        if (readResponse(in) == 200) {
                            completed.increment();
                        } else {
                            failed.increment();
                        }
                    }
                }
                return null;
            }));
        }
        TimeUnit.SECONDS.sleep(seconds);
        running.set(false);
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private static String request(String method, String path, String body, String apiKey) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + apiKey
                + "\r\nContent-Length: " + bytes.length + "\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\n") + "\r\n" + (body == null ? "" : body);
    }

    /** Reads one response and returns its status; needs Content-Length, which every simulator answer has. */
    private static int readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed");
            }
            head.append((char) next);
        }
        String[] lines = head.toString().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        long length = 0;
        for (String line : lines) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        in.skipNBytes(length);
        return status;
    }
}
