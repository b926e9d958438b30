package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import static io.github.camelcustomerio.customers.bench.RecordedAnswers.API_KEY;
import static io.github.camelcustomerio.customers.bench.RecordedAnswers.PEOPLE_LIMIT;
import static io.github.camelcustomerio.customers.bench.RecordedAnswers.PEOPLE_PATH;
import static io.github.camelcustomerio.customers.bench.RecordedAnswers.SEGMENT_ID;
import static io.github.camelcustomerio.customers.bench.RecordedAnswers.SEGMENT_PATH;

/**
 * One App API call, start to answer-as-a-Map, four ways, against the same {@link FixedAnswerServer}: the component
 * in a route, a camel-http + camel-jackson route written by hand, a bare JDK HttpClient and a bare Apache HttpClient
 * 5 (classic, pooled), each followed by Jackson. Every call sends the API key and reads JSON, as a real one would.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {

    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    /** The search, as an application holds it before sending. */
    static final Map<String, Object> FILTER =
            Map.of("attribute", Map.of("field", "plan", "operator", "eq", "value", "pro"));

    static final Map<String, Object> SEARCH = Map.of("filter", FILTER);

    /** The server every variant in a fork talks to. */
    @State(Scope.Benchmark)
    public static class Server {
        FixedAnswerServer server;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = new FixedAnswerServer(RecordedAnswers.load(), API_KEY);
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            server.close();
        }

        String url(String path) {
            return server.baseUrl() + path;
        }
    }

    /** A Camel context with direct routes; the producer template sends to them. */
    public abstract static class CamelRoutes {
        CamelContext context;
        ProducerTemplate template;
        Endpoint getSegment;
        Endpoint getPeopleFilter;

        void start(RouteBuilder routes) throws Exception {
            context = new DefaultCamelContext();
            configure(context);
            context.addRoutes(routes);
            context.start();
            template = context.createProducerTemplate();
            getSegment = context.getEndpoint("direct:getSegment");
            getPeopleFilter = context.getEndpoint("direct:getPeopleFilter");
            Check.segment(template.requestBody(getSegment, (Object) null));
            Check.people(template.requestBody(getPeopleFilter, FILTER));
        }

        void configure(CamelContext context) {}

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            context.close();
        }
    }

    /** The component, configured as a user would (key and base URL on the component, no rate limit). */
    @State(Scope.Benchmark)
    public static class ComponentRoutes extends CamelRoutes {
        private String baseUrl;

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            baseUrl = server.server.baseUrl();
            start(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:getSegment")
                            .to("customerio-customers:getSegment?segmentId=" + SEGMENT_ID + "&rateLimit=0");
                    from("direct:getPeopleFilter")
                            .to("customerio-customers:getPeopleFilter?limit=" + PEOPLE_LIMIT + "&rateLimit=0");
                }
            });
        }

        @Override
        void configure(CamelContext context) {
            CustomerIoCustomersComponent component =
                    context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
            component.getConfiguration().setApiKey(API_KEY);
            component.getConfiguration().setBaseUrl(baseUrl);
        }
    }

    /** What a user would write without the component: camel-http with the URL and headers by hand, camel-jackson. */
    @State(Scope.Benchmark)
    public static class CamelHttpRoutes extends CamelRoutes {

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            start(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:getSegment")
                            .setHeader("Authorization", constant("Bearer " + API_KEY))
                            .setHeader("Accept", constant("application/json"))
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .toD(server.url(SEGMENT_PATH))
                            .unmarshal()
                            .json(JsonLibrary.Jackson, Map.class);
                    from("direct:getPeopleFilter")
                            .setBody(exchange ->
                                    Map.of("filter", exchange.getMessage().getBody()))
                            .marshal()
                            .json(JsonLibrary.Jackson)
                            .setHeader("Authorization", constant("Bearer " + API_KEY))
                            .setHeader("Accept", constant("application/json"))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .toD(server.url(PEOPLE_PATH) + "?limit=" + PEOPLE_LIMIT)
                            .unmarshal()
                            .json(JsonLibrary.Jackson, Map.class);
                }
            });
        }
    }

    /**
     * Camel's floor: a direct route whose processor makes the same bare Apache HttpClient 5 call and Jackson parse as
     * {@link ApacheClient}. Any component must cost at least this: Camel's routing plus the HTTP exchange.
     */
    @State(Scope.Benchmark)
    public static class FloorRoutes extends CamelRoutes {
        private final ApacheClient client = new ApacheClient();

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            client.start(server);
            start(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:getSegment")
                            .process(exchange -> exchange.getMessage().setBody(client.getSegment()));
                    from("direct:getPeopleFilter")
                            .process(exchange -> exchange.getMessage()
                                    .setBody(client.getPeopleFilter(Map.of(
                                            "filter", exchange.getMessage().getBody()))));
                }
            });
        }

        @Override
        public void stop() throws Exception {
            super.stop();
            client.stop();
        }
    }

    /** java.net.http.HttpClient (HTTP/1.1) and Jackson, nothing else. */
    @State(Scope.Benchmark)
    public static class JdkClient {
        /**
         * How long one exchange may take: without it, an exchange the JDK client never completed (seen once in a
         * whole-suite run) held the suite for good; now that benchmark fails and the suite goes on.
         */
        static final Duration TIMEOUT = Duration.ofSeconds(30);

        HttpClient client;
        ObjectMapper mapper;
        URI segment;
        URI people;

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            mapper = new ObjectMapper();
            segment = URI.create(server.url(SEGMENT_PATH));
            people = URI.create(server.url(PEOPLE_PATH) + "?limit=" + PEOPLE_LIMIT);
            Check.segment(getSegment());
            Check.people(getPeopleFilter());
        }

        Map<String, Object> getSegment() throws IOException, InterruptedException {
            return read(client.send(
                    HttpRequest.newBuilder(segment)
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + API_KEY)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }

        Map<String, Object> getPeopleFilter() throws IOException, InterruptedException {
            return read(client.send(
                    HttpRequest.newBuilder(people)
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + API_KEY)
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(SEARCH)))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }

        private Map<String, Object> read(HttpResponse<byte[]> response) throws IOException {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return mapper.readValue(response.body(), MAP);
        }

        @TearDown(Level.Trial)
        public void stop() {
            client = null;
        }
    }

    /** Apache HttpClient 5 classic with a connection pool, and Jackson: the fastest client on this machine. */
    @State(Scope.Benchmark)
    public static class ApacheClient {
        CloseableHttpClient client;
        ObjectMapper mapper;
        String segment;
        String people;

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            client = HttpClients.custom()
                    .setConnectionManager(
                            PoolingHttpClientConnectionManagerBuilder.create().build())
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .disableRedirectHandling()
                    .build();
            mapper = new ObjectMapper();
            segment = server.url(SEGMENT_PATH);
            people = server.url(PEOPLE_PATH) + "?limit=" + PEOPLE_LIMIT;
            Check.segment(getSegment());
            Check.people(getPeopleFilter());
        }

        Map<String, Object> getSegment() throws IOException {
            HttpGet get = new HttpGet(segment);
            get.setHeader("Authorization", "Bearer " + API_KEY);
            get.setHeader("Accept", "application/json");
            return client.execute(get, this::read);
        }

        Map<String, Object> getPeopleFilter() throws IOException {
            return getPeopleFilter(SEARCH);
        }

        Map<String, Object> getPeopleFilter(Map<String, Object> search) throws IOException {
            HttpPost post = new HttpPost(people);
            post.setHeader("Authorization", "Bearer " + API_KEY);
            post.setHeader("Accept", "application/json");
            post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(search), ContentType.APPLICATION_JSON));
            return client.execute(post, this::read);
        }

        private Map<String, Object> read(ClassicHttpResponse response) throws IOException {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode());
            }
            return mapper.readValue(response.getEntity().getContent(), MAP);
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            client.close();
        }
    }

    @Benchmark
    public Object component_getSegment(ComponentRoutes routes) {
        return routes.template.requestBody(routes.getSegment, (Object) null);
    }

    @Benchmark
    public Object component_getPeopleFilter(ComponentRoutes routes) {
        return routes.template.requestBody(routes.getPeopleFilter, FILTER);
    }

    @Benchmark
    public Object floor_getSegment(FloorRoutes routes) {
        return routes.template.requestBody(routes.getSegment, (Object) null);
    }

    @Benchmark
    public Object floor_getPeopleFilter(FloorRoutes routes) {
        return routes.template.requestBody(routes.getPeopleFilter, FILTER);
    }

    @Benchmark
    public Object camelHttp_getSegment(CamelHttpRoutes routes) {
        return routes.template.requestBody(routes.getSegment, (Object) null);
    }

    @Benchmark
    public Object camelHttp_getPeopleFilter(CamelHttpRoutes routes) {
        return routes.template.requestBody(routes.getPeopleFilter, FILTER);
    }

    @Benchmark
    public Object jdkHttpClient_getSegment(JdkClient client) throws Exception {
        return client.getSegment();
    }

    @Benchmark
    public Object jdkHttpClient_getPeopleFilter(JdkClient client) throws Exception {
        return client.getPeopleFilter();
    }

    @Benchmark
    public Object httpClient5_getSegment(ApacheClient client) throws Exception {
        return client.getSegment();
    }

    @Benchmark
    public Object httpClient5_getPeopleFilter(ApacheClient client) throws Exception {
        return client.getPeopleFilter();
    }

    /** Each variant's first answer is checked, so that no variant is fast because it is wrong. */
    static final class Check {

        private Check() {}

        static void segment(Object answer) {
            if (!(answer instanceof Map<?, ?> map)
                    || !(map.get("segment") instanceof Map<?, ?> segment)
                    || !Integer.valueOf(SEGMENT_ID).equals(segment.get("id"))) {
                throw new IllegalStateException("unexpected getSegment answer: " + answer);
            }
        }

        static void people(Object answer) {
            if (!(answer instanceof Map<?, ?> map)
                    || !(map.get("identifiers") instanceof java.util.List<?> people)
                    || people.size() != PEOPLE_LIMIT) {
                throw new IllegalStateException("unexpected getPeopleFilter answer: " + answer);
            }
        }
    }
}
