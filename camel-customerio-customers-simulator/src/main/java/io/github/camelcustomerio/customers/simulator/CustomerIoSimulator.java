package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelcustomerio.customers.simulator.api.AppApi;
import io.github.camelcustomerio.customers.simulator.api.SubscriptionCenterTokens;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.faults.FaultInjector;
import io.github.camelcustomerio.customers.simulator.faults.RateLimits;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * An embeddable, stateful simulator of Customer.io's App API (the 21 people, segment, object and
 * subscription operations), served over HTTP on the loopback interface by default, or over HTTPS with
 * {@link Builder#https(SSLContext)}.
 * <pre>{@code
 * try (CustomerIoSimulator sim = CustomerIoSimulator.builder().dataset(Dataset.demo()).rateLimit(0).build().start()) {
 *     // point the client at sim.baseUrl() with the key sim.apiKey()
 * }
 * }</pre>
 */
public final class CustomerIoSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs add ~40 ms to keep-alive requests. The server reads this property once, at first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final System.Logger LOG = System.getLogger(CustomerIoSimulator.class.getName());
    private static final int BACKLOG = 512;
    private static final int QUEUED_REQUESTS = 4096;

    private final String host;
    private final int requestedPort;
    private final String apiKey;
    private final int threads;
    private final Workspace workspace;
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requestLog;
    private final RateLimits rateLimits;
    private final SubscriptionCenterTokens tokens;
    private final String datasetName;
    private final SSLContext sslContext;

    private HttpServer server;
    private ThreadPoolExecutor executor;

    private CustomerIoSimulator(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.apiKey = builder.apiKey;
        this.threads = builder.threads;
        this.workspace = new Workspace(builder.clock);
        builder.dataset.applyTo(workspace);
        this.datasetName = builder.dataset.name();
        this.requestLog = new RequestLog(builder.requestLogSize);
        this.rateLimits = RateLimits.of(builder.rateLimit, builder.dailyQuota, builder.clock);
        this.tokens = new SubscriptionCenterTokens(apiKey, builder.clock);
        this.sslContext = builder.sslContext;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; the workspace is already loaded. */
    public synchronized CustomerIoSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            HttpServer created = createServer();
            executor = new ThreadPoolExecutor(
                    threads,
                    threads,
                    60,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(QUEUED_REQUESTS),
                    workerThreads(),
                    new ThreadPoolExecutor.CallerRunsPolicy());
            created.setExecutor(executor);
            created.createContext(
                    "/",
                    new SimulatorHttpHandler(AppApi.router(workspace, tokens), apiKey, rateLimits, faults, requestLog));
            created.start();
            server = created;
        } catch (IOException e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            throw new UncheckedIOException("cannot listen on " + host + ":" + requestedPort, e);
        }
        LOG.log(
                System.Logger.Level.DEBUG,
                "Customer.io App API simulator listening on {0} ({1} dataset)",
                baseUrl(),
                datasetName);
        return this;
    }

    private HttpServer createServer() throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, requestedPort);
        if (sslContext == null) {
            return HttpServer.create(address, BACKLOG);
        }
        HttpsServer https = HttpsServer.create(address, BACKLOG);
        https.setHttpsConfigurator(new HttpsConfigurator(sslContext));
        return https;
    }

    /** {@code http://<host>:<port>} ({@code https://} when serving HTTPS), without a trailing slash. */
    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return (sslContext == null ? "http://" : "https://") + shownHost + ":" + port();
    }

    /** The port actually listened on (useful with port 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    public String host() {
        return host;
    }

    /** The single App API key the simulator accepts as {@code Authorization: Bearer <key>}. */
    public String apiKey() {
        return apiKey;
    }

    /** The live state; tests may read and change it while requests are served. */
    public Workspace workspace() {
        return workspace;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** The most recent requests (bounded by {@link Builder#requestLogSize}), in arrival order; a copy. */
    public List<RecordedRequest> requests() {
        return requestLog.snapshot();
    }

    /** The number of requests received since start or the last {@link #clearRequests()}, including unlogged ones. */
    public long requestCount() {
        return requestLog.total();
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** The number of 429 answers given by the rate limiter (per-second limit and daily quota), not by faults. */
    public long rateLimited() {
        return rateLimits.rejected();
    }

    /** The configured requests per second; 0 when off. */
    public int rateLimit() {
        return rateLimits.ratePerSecond();
    }

    /** The cio_id a subscription-centre token was issued for, if the token is genuine and not expired. */
    public Optional<String> verifySubscriptionCenterToken(String token) {
        return tokens.verify(token);
    }

    /** Stops serving at once; in-flight requests are abandoned. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        LOG.log(System.Logger.Level.DEBUG, "Customer.io App API simulator stopped");
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "customerio-simulator-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a simulator; every setting has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String apiKey = "sim-api-key";
        private Dataset dataset = Dataset.empty();
        private int rateLimit = 10;
        private long dailyQuota;
        private int threads = 16;
        private int requestLogSize = 100_000;
        private Clock clock = Clock.systemUTC();
        private SSLContext sslContext;

        private Builder() {}

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; default {@code 127.0.0.1}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The single accepted App API key; default {@code sim-api-key}. */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** The initial workspace contents; default {@link Dataset#empty()}. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Requests per second (token bucket holding as many tokens); 0 turns it off; default 10 like the real API. */
        public Builder rateLimit(int requestsPerSecond) {
            if (requestsPerSecond < 0) {
                throw new IllegalArgumentException("rateLimit must not be negative");
            }
            this.rateLimit = requestsPerSecond;
            return this;
        }

        /** Requests per UTC day, answered 429 without Retry-After once used up; 0 (the default) means no quota. */
        public Builder dailyQuota(long requestsPerDay) {
            if (requestsPerDay < 0) {
                throw new IllegalArgumentException("dailyQuota must not be negative");
            }
            this.dailyQuota = requestsPerDay;
            return this;
        }

        /** Server worker threads; default 16. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /** How many recent requests {@link CustomerIoSimulator#requests()} keeps; default 100,000; 0 keeps none. */
        public Builder requestLogSize(int requests) {
            if (requests < 0) {
                throw new IllegalArgumentException("requestLogSize must not be negative");
            }
            this.requestLogSize = requests;
            return this;
        }

        /** The clock for every timestamp the workspace stamps and for token expiry; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Serves HTTPS instead of HTTP, presenting the certificate of {@code sslContext}'s key manager (its host
         * names must include the {@link #host(String) host} for clients that verify them); {@code null} serves
         * plain HTTP again. Default plain HTTP.
         */
        public Builder https(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public CustomerIoSimulator build() {
            return new CustomerIoSimulator(this);
        }
    }
}
