package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/**
 * Walks of a large segment's membership, in a JVM of its own (the suite starts it with {@code -Xmx64m}): warm-up
 * walks of a smaller segment, then the measured walks of the large one, then one more walk of it for the heap, all
 * through one path. Prints one line, {@code RESULT key=value ...}, for the suite to read: the items and time of each
 * measured walk, and the heap.
 *
 * <p>Heap ({@link HeapWatch}): the live heap after a full collection forced at 25, 50 and 75% of the items and at the
 * end of each measured walk (those pauses are not counted in the walks' time), and during the last, untimed walk every
 * {@value HeapWatch#SAMPLE_INTERVAL_MS} ms, so that the moments between pages are sampled too; the most of these is
 * the walk's peak live heap. The largest occupancy any collection left behind is reported as well.
 *
 * <p>{@code java -Xmx64m -cp <bench jar> ...StreamingRun <path> <pageSize> <baseUrl> <apiKey>
 * <segmentId> <members> <warmSegmentId> <warmWalks> <walks>}
 */
public final class StreamingRun {

    /** How the items reach the application. */
    public enum Path {
        /** The component's polling consumer, one exchange per item. */
        consumer,
        /** The producer's lazy paging split as a stream: {@code paginate=true} + {@code .split(body()).streaming()}. */
        producer,
        /** Apache HttpClient 5 and Jackson's streaming parser, counting identifiers. */
        bare,
        /**
         * The streaming floor: the bare walk building a Map of each identifier and routing it as its own exchange
         * through a direct route that counts it, what any Camel component handing members to a route must cost.
         */
        floor,
        /**
         * The producer's floor: the bare walk as a lazy Iterator of Maps, set as the body by a processor and split
         * as a stream, {@code .split(body()).streaming()}: what any component handing a paged walk to Camel's
         * splitter must cost.
         */
        splitFloor,
        /** Diagnostic: the producer's lazy paging iterated in plain Java, no exchange per item. */
        iterator,
        /** Diagnostic: the bare loop, building a Map of each identifier as the component does. */
        bareMaps,
        /** Diagnostic: the consumer with {@code exchangePerPage=true}, the route counting each page's List. */
        consumerPages
    }

    private final String baseUrl;
    private final String apiKey;
    private final int pageSize;
    private final HeapWatch heap;

    private StreamingRun(String baseUrl, String apiKey, int pageSize, HeapWatch heap) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.pageSize = pageSize;
        this.heap = heap;
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.valueOf(args[0]);
        int pageSize = Integer.parseInt(args[1]);
        StreamingRun run = new StreamingRun(args[2], args[3], pageSize, new HeapWatch());
        int segment = Integer.parseInt(args[4]);
        long members = Long.parseLong(args[5]);
        int warmSegment = Integer.parseInt(args[6]);
        int warmWalks = Integer.parseInt(args[7]);
        int walks = Integer.parseInt(args[8]);
        Walker walker = switch (path) {
            case consumer -> run.consumer(segment, warmSegment, false);
            case consumerPages -> run.consumer(segment, warmSegment, true);
            case producer -> run.producer(segment, warmSegment);
            case bare -> run.bare(false);
            case iterator -> run.iterator();
            case bareMaps -> run.bare(true);
            case floor -> run.floor();
            case splitFloor -> run.splitFloor(segment, warmSegment);
        };
        try (walker) {
            for (int i = 0; i < warmWalks; i++) {
                walker.walk(warmSegment, new Counter(Long.MAX_VALUE, run.heap));
            }
            run.heap.startMeasuring();
            List<String> items = new ArrayList<>();
            List<String> nanos = new ArrayList<>();
            for (int i = 0; i < walks; i++) {
                Counter counter = new Counter(members, run.heap);
                long started = System.nanoTime();
                walker.walk(segment, counter);
                nanos.add(Long.toString(System.nanoTime() - started - counter.pausedNanos));
                items.add(Long.toString(counter.count));
                run.heap.checkpoint(3);
            }
            Counter sampled = new Counter(Long.MAX_VALUE, null);
            run.heap.sampleDuring(() -> walker.walk(segment, sampled));
            items.add(Long.toString(sampled.count));
            System.out.printf(
                    "RESULT items=%s nanos=%s peakAfterGc=%d peakLive=%d liveSamples=%d live=%d,%d,%d,%d%n",
                    String.join(",", items),
                    String.join(",", nanos),
                    run.heap.peakAfterGc.get(),
                    run.heap.peakLive.get(),
                    run.heap.liveSamples.get(),
                    run.heap.live[0],
                    run.heap.live[1],
                    run.heap.live[2],
                    run.heap.live[3]);
        }
    }

    /** Walks a segment with the bare client in this JVM: how the suite warms the simulator up before the forks. */
    static void warmUp(String baseUrl, String apiKey, int segment, int pageSize) throws Exception {
        try (Walker walker = new StreamingRun(baseUrl, apiKey, pageSize, null).bare(true)) {
            walker.walk(segment, new Counter(Long.MAX_VALUE, null));
        }
    }

    /** Walks every member of a segment, handing each to the counter. */
    private interface Walker extends AutoCloseable {
        void walk(int segment, Counter counter) throws Exception;
    }

    private Walker consumer(int segment, int warmSegment, boolean perPage) throws Exception {
        CamelContext context = context();
        Counter[] current = new Counter[1];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int id : new int[] {warmSegment, segment}) {
                    from("customerio-customers:getSegmentMembership?segmentId=" + id + "&limit=" + pageSize
                                    + "&rateLimit=0&startScheduler=false&exchangePerPage=" + perPage)
                            .routeId("walk-" + id)
                            .process(exchange -> {
                                if (perPage) {
                                    for (Object item : exchange.getMessage().getBody(List.class)) {
                                        current[0].item();
                                    }
                                } else {
                                    current[0].item();
                                }
                            });
                }
            }
        });
        context.start();
        return new CamelWalker(context) {
            @Override
            public void walk(int id, Counter counter) {
                current[0] = counter;
                // one poll walks every page: no maxMessagesPerPoll
                ((ScheduledPollConsumer) context.getRoute("walk-" + id).getConsumer()).run();
            }
        };
    }

    private Walker producer(int segment, int warmSegment) throws Exception {
        return splitWalker(
                context(),
                new int[] {warmSegment, segment},
                (route, id) -> route.to("customerio-customers:getSegmentMembership?segmentId=" + id + "&limit="
                        + pageSize + "&paginate=true&rateLimit=0"),
                () -> {});
    }

    private Walker splitFloor(int segment, int warmSegment) throws Exception {
        CloseableHttpClient client = bareClient();
        ObjectMapper mapper = new ObjectMapper();
        return splitWalker(
                new DefaultCamelContext(),
                new int[] {warmSegment, segment},
                (route, id) -> route.process(exchange -> exchange.getMessage()
                        .setBody(new BareMemberIterator(client, mapper, baseUrl, apiKey, id, pageSize))),
                client);
    }

    /**
     * A route per segment that asks for its members, then splits them as a stream to the counter: the producer and
     * its floor differ only in how they ask.
     */
    private static Walker splitWalker(
            CamelContext context,
            int[] segments,
            BiFunction<RouteDefinition, Integer, RouteDefinition> ask,
            AutoCloseable resources)
            throws Exception {
        Counter[] current = new Counter[1];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int id : segments) {
                    ask.apply(from("direct:walk-" + id), id)
                            .split(body())
                            .streaming()
                            .process(exchange -> current[0].item())
                            .end();
                }
            }
        });
        context.start();
        return new CamelWalker(context) {
            @Override
            public void walk(int id, Counter counter) {
                current[0] = counter;
                context.createFluentProducerTemplate().to("direct:walk-" + id).send();
            }

            @Override
            public void close() throws Exception {
                super.close();
                resources.close();
            }
        };
    }

    private Walker iterator() throws Exception {
        CamelContext context = context();
        context.start();
        return new CamelWalker(context) {
            @Override
            public void walk(int id, Counter counter) {
                Iterator<?> items = context.createProducerTemplate()
                        .requestBody(
                                "customerio-customers:getSegmentMembership?segmentId=" + id + "&limit=" + pageSize
                                        + "&paginate=true&rateLimit=0",
                                null,
                                Iterator.class);
                while (items.hasNext()) {
                    items.next();
                    counter.item();
                }
            }
        };
    }

    private abstract static class CamelWalker implements Walker {
        final CamelContext context;

        CamelWalker(CamelContext context) {
            this.context = context;
        }

        @Override
        public void close() throws Exception {
            context.close();
        }
    }

    private CamelContext context() {
        CamelContext context = new DefaultCamelContext();
        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(apiKey);
        component.getConfiguration().setBaseUrl(baseUrl);
        return context;
    }

    private Walker floor() throws Exception {
        CamelContext context = new DefaultCamelContext();
        Counter[] current = new Counter[1];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:member").process(exchange -> current[0].item());
            }
        });
        context.start();
        Endpoint member = context.getEndpoint("direct:member");
        Producer producer = member.createProducer();
        producer.start();
        Walker bare = bare(true, item -> {
            Exchange exchange = member.createExchange();
            exchange.getMessage().setBody(item);
            try {
                producer.process(exchange);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return new CamelWalker(context) {
            @Override
            public void walk(int id, Counter counter) throws Exception {
                current[0] = counter;
                bare.walk(id, null);
            }

            @Override
            public void close() throws Exception {
                bare.close();
                super.close();
            }
        };
    }

    private Walker bare(boolean maps) {
        return bare(maps, null);
    }

    /** Apache HttpClient 5 pooled, without what a bare call does not need (retries, cookies, redirects). */
    private static CloseableHttpClient bareClient() {
        return HttpClients.custom()
                .setConnectionManager(
                        PoolingHttpClientConnectionManagerBuilder.create().build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
    }

    /** @param route when set, takes each item (a Map) instead of the counter, which it must count */
    private Walker bare(boolean maps, Consumer<Object> route) {
        CloseableHttpClient client = bareClient();
        ObjectMapper mapper = new ObjectMapper();
        ObjectReader itemReader = maps ? mapper.readerFor(Map.class) : null;
        return new Walker() {
            @Override
            public void walk(int segment, Counter counter) throws IOException {
                String membership = BareMemberIterator.membership(baseUrl, segment, pageSize);
                String next = null;
                do {
                    HttpGet get = BareMemberIterator.pageRequest(membership, apiKey, next);
                    next = client.execute(get, response -> {
                        if (response.getCode() != 200) {
                            throw new IOException("HTTP " + response.getCode());
                        }
                        try (InputStream body = response.getEntity().getContent()) {
                            return countPage(mapper.createParser(body), itemReader, counter, route);
                        }
                    });
                } while (next != null && !next.isEmpty());
            }

            @Override
            public void close() throws IOException {
                client.close();
            }
        };
    }

    /**
     * Counts the page's identifiers, building a Map of each with the reader, or nothing without one; answers the
     * page's {@code next} cursor.
     */
    private static String countPage(JsonParser parser, ObjectReader itemReader, Counter counter, Consumer<Object> route)
            throws IOException {
        String next = null;
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("identifiers") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    if (itemReader == null) {
                        parser.skipChildren();
                        counter.item();
                        continue;
                    }
                    Object item = itemReader.readValue(parser);
                    if (item == null) {
                        throw new IOException("null identifier");
                    }
                    if (route == null) {
                        counter.item();
                    } else {
                        route.accept(item);
                    }
                }
            } else if (field.equals("next") && value.isScalarValue()) {
                next = value == JsonToken.VALUE_NULL ? null : parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return next;
    }

    /** Counts items; at each quarter of the expected count, measures the live heap (the pause is not counted). */
    static final class Counter {
        private final long expected;
        private final HeapWatch heap;
        long count;
        long pausedNanos;

        Counter(long expected, HeapWatch heap) {
            this.expected = expected;
            this.heap = heap;
        }

        void item() {
            count++;
            if (expected != Long.MAX_VALUE && count % (expected / 4) == 0 && count < expected) {
                long paused = System.nanoTime();
                heap.checkpoint((int) (count / (expected / 4)) - 1);
                pausedNanos += System.nanoTime() - paused;
            }
        }
    }
}
