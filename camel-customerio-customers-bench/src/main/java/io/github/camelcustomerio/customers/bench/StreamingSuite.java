package io.github.camelcustomerio.customers.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;

import static io.github.camelcustomerio.customers.bench.ResultTable.number;
import static io.github.camelcustomerio.customers.bench.ResultTable.ratio;

/**
 * The suite's streaming part: a million segment members walked each way ({@link StreamingRun.Path}), each walk in a
 * JVM of its own, and the rows that compare them with the streaming floor (the bare walk routing every member as its
 * own exchange) and, for information, with the bare walk.
 */
final class StreamingSuite {

    private static final int MEMBERS = 1_000_000;
    private static final int SEGMENT = 900;
    private static final int WARM_SEGMENT = 901;
    private static final int WARM_MEMBERS = 200_000;
    /** Measured walks per path and page size; the median counts. */
    private static final int WALKS = 3;

    private final ResultTable table;
    private final boolean quick;
    private final boolean flightRecordings;
    private final Path output;

    StreamingSuite(ResultTable table, boolean quick, boolean flightRecordings, Path output) {
        this.table = table;
        this.quick = quick;
        this.flightRecordings = flightRecordings;
        this.output = output;
    }

    void run() throws Exception {
        int members = quick ? 100_000 : MEMBERS;
        int warmMembers = quick ? 20_000 : WARM_MEMBERS;
        System.out.printf(
                "%n[2/4] streaming: %,d members, pages of 1,000 and 30,000, each walk in its own JVM with"
                        + " -Xmx64m after a %,d-member warm-up walk; %s%n",
                members,
                warmMembers,
                "floor = the bare walk routing a Map of each member as its own exchange, bare = HttpClient 5 + Jackson"
                        + " streaming parser counting identifiers, bareMaps = the same building a"
                        + " Map per item, iterator = the producer's lazy paging iterated without exchanges, consumerPages ="
                        + " the consumer with exchangePerPage=true");
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.synthetic(SEGMENT, members, 42).withSyntheticSegment(WARM_SEGMENT, warmMembers, 43))
                .rateLimit(0)
                .requestLogSize(0)
                .build()
                .start()) {
            List<Integer> pageSizes = Arrays.stream(
                            System.getProperty("bench.pageSizes", "1000,30000").split(","))
                    .map(Integer::valueOf)
                    .toList();
            String only = System.getProperty("bench.paths");
            List<StreamingRun.Path> paths = only == null
                    ? List.of(StreamingRun.Path.values())
                    : Arrays.stream(only.split(","))
                            .map(StreamingRun.Path::valueOf)
                            .toList();
            for (int pageSize : pageSizes) {
                // the simulator shares this JVM: its code is compiled before any walk is measured
                StreamingRun.warmUp(simulator.baseUrl(), simulator.apiKey(), WARM_SEGMENT, pageSize);
            }
            for (int pageSize : pageSizes) {
                Map<StreamingRun.Path, Walk> walks = new HashMap<>();
                for (StreamingRun.Path path : paths) {
                    Walk walk = walk(simulator, path, pageSize, members);
                    System.out.printf(
                            Locale.ROOT,
                            "  %-13s pages of %,6d: %,.0f items/s (%s), peak heap after GC %.1f"
                                    + " MB, live heap at 25/50/75/100%%: %s MB%n",
                            path,
                            pageSize,
                            walk.itemsPerSecond(),
                            walk.spread(),
                            mb(walk.peakAfterGc),
                            walk.liveText());
                    walks.put(path, walk);
                }
                if (walks.size() < StreamingRun.Path.values().length) {
                    continue; // a partial run (bench.paths) prints its walks only
                }
                Walk bare = walks.get(StreamingRun.Path.bare);
                Walk floor = walks.get(StreamingRun.Path.floor);
                String size = String.format(Locale.ROOT, "%,d members, pages of %,d", members, pageSize);
                for (StreamingRun.Path path : List.of(StreamingRun.Path.consumer, StreamingRun.Path.producer)) {
                    Walk walk = walks.get(path);
                    String what = path == StreamingRun.Path.consumer
                            ? "consumer (exchange per item)"
                            : "producer paginate + split streaming";
                    double r = walk.itemsPerSecond() / floor.itemsPerSecond();
                    table.add(
                            size + ": items/s, " + what + " vs Camel's floor (bare walk, exchange per item)",
                            number(walk.itemsPerSecond()),
                            number(floor.itemsPerSecond()),
                            ratio(r),
                            ">= 0.90x",
                            r >= 0.9);
                    table.add(
                            size + ": items/s, " + what + " vs bare HttpClient 5 + Jackson streaming",
                            number(walk.itemsPerSecond()),
                            number(bare.itemsPerSecond()),
                            ratio(walk.itemsPerSecond() / bare.itemsPerSecond()),
                            "-",
                            null);
                    double heap = (double) walk.peakAfterGc / bare.peakAfterGc;
                    table.add(
                            size + ": heap MB (peak after GC; live at 25% > 75%) in -Xmx64m, " + what + " vs bare",
                            String.format(Locale.ROOT, "%.1f; %s", mb(walk.peakAfterGc), walk.growthText()),
                            String.format(Locale.ROOT, "%.1f; %s", mb(bare.peakAfterGc), bare.growthText()),
                            ratio(heap),
                            "<= 2.00x, flat",
                            heap <= 2.0 && walk.isFlat());
                }
                // where the time goes: building a Map per item, and the component's paging without exchanges
                table.add(
                        size + ": items/s, Camel's floor (bare walk, exchange per item) vs bare",
                        number(floor.itemsPerSecond()),
                        number(bare.itemsPerSecond()),
                        ratio(floor.itemsPerSecond() / bare.itemsPerSecond()),
                        "-",
                        null);
                Walk maps = walks.get(StreamingRun.Path.bareMaps);
                table.add(
                        size + ": items/s, bare + a Map per item (parsing cost) vs bare",
                        number(maps.itemsPerSecond()),
                        number(bare.itemsPerSecond()),
                        ratio(maps.itemsPerSecond() / bare.itemsPerSecond()),
                        "-",
                        null);
                Walk iterator = walks.get(StreamingRun.Path.iterator);
                table.add(
                        size + ": items/s, producer paging as a plain Iterator (no exchanges) vs bare",
                        number(iterator.itemsPerSecond()),
                        number(bare.itemsPerSecond()),
                        ratio(iterator.itemsPerSecond() / bare.itemsPerSecond()),
                        "-",
                        null);
                Walk pages = walks.get(StreamingRun.Path.consumerPages);
                table.add(
                        size + ": items/s, consumer with exchangePerPage=true vs bare",
                        number(pages.itemsPerSecond()),
                        number(bare.itemsPerSecond()),
                        ratio(pages.itemsPerSecond() / bare.itemsPerSecond()),
                        "-",
                        null);
            }
        }
    }

    /** @param nanos the time of each measured walk, shortest first */
    private record Walk(long items, long[] nanos, long peakAfterGc, long[] live) {

        /** The median walk's. */
        double itemsPerSecond() {
            return items * 1e9 / nanos[nanos.length / 2];
        }

        String spread() {
            return String.format(
                    Locale.ROOT,
                    "median of %d walks, %,.0f to %,.0f",
                    nanos.length,
                    items * 1e9 / nanos[nanos.length - 1],
                    items * 1e9 / nanos[0]);
        }

        String liveText() {
            return String.format(
                    Locale.ROOT, "%.1f/%.1f/%.1f/%.1f", mb(live[0]), mb(live[1]), mb(live[2]), mb(live[3]));
        }

        String growthText() {
            return String.format(Locale.ROOT, "%.1f>%.1f", mb(live[0]), mb(live[2]));
        }

        /**
         * The heap does not grow with the items walked: from a quarter to three quarters of the walk, the live heap
         * (after a full collection) grows by at most 4 MB.
         */
        boolean isFlat() {
            return live[2] - live[0] <= 4L * 1024 * 1024;
        }
    }

    private Walk walk(CustomerIoSimulator simulator, StreamingRun.Path path, int pageSize, int members)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx64m"));
        if (flightRecordings) {
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + output.resolve("streaming-" + path + "-" + pageSize + ".jfr"));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                StreamingRun.class.getName(),
                path.name(),
                Integer.toString(pageSize),
                simulator.baseUrl(),
                simulator.apiKey(),
                Integer.toString(SEGMENT),
                Integer.toString(members),
                Integer.toString(WARM_SEGMENT),
                Integer.toString(quick ? 1 : WALKS)));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    System.out.println("    " + line);
                }
            }
        }
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(path + " walk did not end");
        }
        if (process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(path + " walk failed (exit " + process.exitValue() + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : result.substring("RESULT ".length()).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        long[] live = Arrays.stream(values.get("live").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        long[] items = Arrays.stream(values.get("items").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        long[] nanos = Arrays.stream(values.get("nanos").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        for (long walked : items) {
            if (walked != members) {
                throw new IllegalStateException(path + " walked " + walked + " of " + members + " members");
            }
        }
        Arrays.sort(nanos);
        return new Walk(members, nanos, Long.parseLong(values.get("peakAfterGc")), live);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
