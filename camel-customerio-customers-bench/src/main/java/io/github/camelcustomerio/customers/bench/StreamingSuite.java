package io.github.camelcustomerio.customers.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * The suite's streaming part: a million segment members walked each way ({@link StreamingRun.Path}), each way in a
 * JVM of its own, and the rows that compare them with their floors and, for information, with the bare walk. One JVM
 * differs from the next of the same path by up to 20% (where its JIT landed), so the consumer and the producer and
 * their floors run in {@link #ROUNDS} rounds of a JVM each, the order reversed every other round; as for the calls
 * ({@link PairedForks}), the ratio against a floor is the median of the rounds' ratios, each the JVM's median walk
 * against the floor JVM's of the same round, which ran beside it in time.
 */
final class StreamingSuite {

    private static final int MEMBERS = 1_000_000;
    private static final int SEGMENT = 900;
    private static final int WARM_SEGMENT = 901;
    private static final int WARM_MEMBERS = 200_000;
    /** Warm-up walks of the smaller segment: a million items, so that the JIT is done before anything is timed. */
    private static final int WARM_WALKS = 5;
    /** Measured walks per JVM. */
    private static final int WALKS = 3;
    /** Rounds of the paths that have a target and of their floors. */
    private static final int ROUNDS = 5;
    /**
     * Walks of the warm-up segment by the simulator's JVM before the JVMs walk pages of a size: without them the
     * first JVM's walks ran while the simulator's code for that page size was still being compiled, up to a third
     * slower.
     */
    private static final int SIMULATOR_WARM_WALKS = 5;

    private static final List<StreamingRun.Path> TARGETS = List.of(
            StreamingRun.Path.floor,
            StreamingRun.Path.consumer,
            StreamingRun.Path.splitFloor,
            StreamingRun.Path.producer);

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
                "%n[2/4] streaming: %,d members, pages of 1,000 and 30,000, each path in its own JVM with"
                        + " -Xmx64m: %d warm-up walks of %,d members, %d measured walks, one walk sampling the heap;"
                        + " %s in %d rounds, the order reversed every other round; %s%n",
                members,
                quick ? 1 : WARM_WALKS,
                warmMembers,
                quick ? 1 : WALKS,
                TARGETS,
                quick ? 1 : ROUNDS,
                "floor = the bare walk routing a Map of each member as its own exchange, splitFloor = the bare walk"
                        + " as an Iterator split as a stream, bare = HttpClient 5 + Jackson"
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
            int rounds = quick ? 1 : ROUNDS;
            for (int pageSize : pageSizes) {
                // the simulator shares this JVM: its code for pages of this size is compiled before any walk is timed
                for (int i = 0; i < (quick ? 1 : SIMULATOR_WARM_WALKS); i++) {
                    StreamingRun.warmUp(simulator.baseUrl(), simulator.apiKey(), WARM_SEGMENT, pageSize);
                }
                Map<StreamingRun.Path, Walk> walks = new HashMap<>();
                Map<StreamingRun.Path, double[]> roundRates = new HashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    // no path always first after a pause of the machine, or always right after another one
                    List<StreamingRun.Path> order = new ArrayList<>(paths);
                    if (round % 2 == 0) {
                        Collections.reverse(order);
                    }
                    for (StreamingRun.Path path : order) {
                        if (round == 1 || TARGETS.contains(path)) {
                            Walk walk = walk(simulator, path, pageSize, members);
                            print(path, pageSize, round, walk);
                            walks.merge(path, walk, Walk::and);
                            roundRates.computeIfAbsent(path, p -> new double[rounds])[round - 1] =
                                    walk.itemsPerSecond();
                        }
                    }
                }
                if (walks.size() < StreamingRun.Path.values().length) {
                    continue; // a partial run (bench.paths) prints its walks only
                }
                addRows(String.format(Locale.ROOT, "%,d members, pages of %,d", members, pageSize), walks, roundRates);
            }
        }
    }

    private static void print(StreamingRun.Path path, int pageSize, int round, Walk walk) {
        System.out.printf(
                Locale.ROOT,
                "  %-13s pages of %,6d, round %d: %,.0f items/s (%s); heap: peak live %.1f MB (%d full GCs),"
                        + " live at 25/50/75/100%% %s MB, peak after any GC %.1f MB%n",
                path,
                pageSize,
                round,
                walk.itemsPerSecond(),
                walk.spread(),
                mb(walk.peakLive),
                walk.liveSamples,
                walk.liveText(),
                mb(walk.peakAfterGc));
    }

    /**
     * @param roundRates the items/s of each round's JVM (its median walk), for the paths that ran in every round
     */
    private void addRows(String size, Map<StreamingRun.Path, Walk> walks, Map<StreamingRun.Path, double[]> roundRates) {
        Walk bare = walks.get(StreamingRun.Path.bare);
        for (StreamingRun.Path path : List.of(StreamingRun.Path.consumer, StreamingRun.Path.producer)) {
            Walk walk = walks.get(path);
            boolean consumer = path == StreamingRun.Path.consumer;
            String what = consumer ? "consumer (exchange per item)" : "producer paginate + split streaming";
            StreamingRun.Path floorPath = consumer ? StreamingRun.Path.floor : StreamingRun.Path.splitFloor;
            PairedForks.Result paired = new PairedForks.Result(roundRates.get(path), roundRates.get(floorPath));
            double r = paired.ratio();
            table.add(
                    size + ": items/s, " + what + " vs Camel's floor ("
                            + (consumer ? "bare walk, exchange per item" : "bare walk as an Iterator, split streaming")
                            + "), median round of " + paired.first().length + " paired JVMs",
                    number(paired.firstMedian()),
                    number(paired.secondMedian()),
                    ratio(r),
                    ">= 0.90x",
                    r >= 0.9);
            table.add(
                    size + ": items/s, " + what + " vs Camel's floor: each round's ratio",
                    paired.roundRatios(),
                    "-",
                    "-",
                    "-",
                    null);
            if (!consumer) {
                info(
                        size + ": items/s, " + what + " vs bare walk, exchange per item (no splitter)",
                        walk,
                        walks.get(StreamingRun.Path.floor));
            }
            info(size + ": items/s, " + what + " vs bare HttpClient 5 + Jackson streaming", walk, bare);
            double heap = (double) walk.peakLive / bare.peakLive;
            table.add(
                    size + ": peak live heap MB (live at 25% > 75%) in -Xmx64m, " + what + " vs bare",
                    String.format(Locale.ROOT, "%.1f (%s)", mb(walk.peakLive), walk.growthText()),
                    String.format(Locale.ROOT, "%.1f (%s)", mb(bare.peakLive), bare.growthText()),
                    ratio(heap),
                    "<= 2.00x, flat",
                    heap <= 2.0 && walk.isFlat());
            table.add(
                    size + ": heap MB after any GC (garbage included), " + what + " vs bare",
                    String.format(Locale.ROOT, "%.1f", mb(walk.peakAfterGc)),
                    String.format(Locale.ROOT, "%.1f", mb(bare.peakAfterGc)),
                    ratio((double) walk.peakAfterGc / bare.peakAfterGc),
                    "-",
                    null);
        }
        // where the time goes: routing, splitting, building a Map per item, the component's paging without exchanges
        info(size + ": items/s, Camel's floor (bare walk, exchange per item) vs bare", walks, StreamingRun.Path.floor);
        info(
                size + ": items/s, bare walk as an Iterator, split streaming vs bare",
                walks,
                StreamingRun.Path.splitFloor);
        info(size + ": items/s, bare + a Map per item (parsing cost) vs bare", walks, StreamingRun.Path.bareMaps);
        info(
                size + ": items/s, producer paging as a plain Iterator (no exchanges) vs bare",
                walks,
                StreamingRun.Path.iterator);
        info(size + ": items/s, consumer with exchangePerPage=true vs bare", walks, StreamingRun.Path.consumerPages);
    }

    private void info(String name, Map<StreamingRun.Path, Walk> walks, StreamingRun.Path path) {
        info(name, walks.get(path), walks.get(StreamingRun.Path.bare));
    }

    /** A row for information: the walk's items/s against the baseline's. */
    private void info(String name, Walk walk, Walk baseline) {
        table.add(
                name,
                number(walk.itemsPerSecond()),
                number(baseline.itemsPerSecond()),
                ratio(walk.itemsPerSecond() / baseline.itemsPerSecond()),
                "-",
                null);
    }

    /**
     * @param nanos       the time of each measured walk, shortest first
     * @param peakLive    the most heap any forced full collection left in use
     * @param liveSamples how many full collections were forced
     * @param peakAfterGc the most heap any collection left in use
     * @param live        the live heap at 25, 50, 75 and 100% of a walk
     */
    private record Walk(long items, long[] nanos, long peakLive, long liveSamples, long peakAfterGc, long[] live) {

        /** The walks of two JVMs of the same path: every walk's time, the most heap either needed. */
        Walk and(Walk other) {
            long[] both = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, both, nanos.length, other.nanos.length);
            Arrays.sort(both);
            long[] most = new long[live.length];
            Arrays.setAll(most, i -> Math.max(live[i], other.live[i]));
            return new Walk(
                    items,
                    both,
                    Math.max(peakLive, other.peakLive),
                    liveSamples + other.liveSamples,
                    Math.max(peakAfterGc, other.peakAfterGc),
                    most);
        }

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
            command.add("-XX:StartFlightRecording=settings=" + System.getProperty("bench.jfrSettings", "profile")
                    + ",filename="
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
                Integer.toString(quick ? 1 : WARM_WALKS),
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
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
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
        // the measured walks, then the heap-sampling walk
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
        return new Walk(
                members,
                nanos,
                Long.parseLong(values.get("peakLive")),
                Long.parseLong(values.get("liveSamples")),
                Long.parseLong(values.get("peakAfterGc")),
                live);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
