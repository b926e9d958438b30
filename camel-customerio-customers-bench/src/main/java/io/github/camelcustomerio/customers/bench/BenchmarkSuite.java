package io.github.camelcustomerio.customers.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import static io.github.camelcustomerio.customers.bench.ResultTable.number;
import static io.github.camelcustomerio.customers.bench.ResultTable.ratio;

/**
 * Runs every benchmark of the component and prints one table: per-call overhead (JMH), streaming a million members
 * (forked JVMs with -Xmx128m), a two-minute rate-limited walk, and twenty routes under load. Each measurement is set
 * against a baseline measured in the same run, on the same local server answering the same bytes.
 *
 * <pre>
 * java -jar camel-customerio-customers-bench/target/camel-customerio-customers-bench.jar [--quick] [--only=percall,streaming,ratelimit,load] [--prof=stack] [--jfr]
 * </pre>
 * {@code --quick} shrinks every part to check that the suite runs (its numbers mean little); {@code --prof} hands a
 * profiler to JMH for the per-call benchmarks (e.g. {@code stack}, {@code gc}, {@code jfr}); {@code --jfr} records
 * each streaming walk with Flight Recorder, into the details directory. For investigations, the system properties
 * {@code bench.pageSizes} (e.g. {@code 30000}) and {@code bench.paths} (e.g. {@code iterator,bare}) narrow the
 * streaming walks; such a partial run prints the walks but adds no rows to the table.
 * <p>
 * This class is the suite's one script, read top to bottom: it runs the four parts in order and turns their results
 * into rows; the measuring itself lives in {@link PerCallBenchmark}, {@link StreamingRun}, {@link RateLimitedWalk}
 * and {@link LoadRun}. Hence its length.
 */
public final class BenchmarkSuite {

    private static final List<String> PARTS = List.of("percall", "streaming", "ratelimit", "load");
    private static final int MEMBERS = 1_000_000;
    private static final int SEGMENT = 900;
    private static final int WARM_SEGMENT = 901;
    private static final int WARM_MEMBERS = 200_000;
    /** Measured walks per path and page size; the median counts. */
    private static final int WALKS = 3;
    /** Pages of 1,000 at 10 a second: a two-minute walk. */
    private static final int RATE_LIMITED_PAGES = 1_200;

    private static final int LOAD_ROUTES = 20;
    private static final int LOAD_CALLS = 5_000;

    private final boolean quick;
    private final Set<String> parts;
    private final String profiler;
    private final boolean flightRecordings;
    private final Path output;
    private final ResultTable table = new ResultTable();

    private BenchmarkSuite(boolean quick, Set<String> parts, String profiler, boolean flightRecordings, Path output) {
        this.quick = quick;
        this.parts = parts;
        this.profiler = profiler;
        this.flightRecordings = flightRecordings;
        this.output = output;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Set<String> parts = new LinkedHashSet<>(PARTS);
        String profiler = null;
        boolean flightRecordings = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--only=")) {
                parts = new LinkedHashSet<>(
                        List.of(arg.substring("--only=".length()).split(",")));
                if (!PARTS.containsAll(parts)) {
                    throw new IllegalArgumentException("--only takes some of " + PARTS);
                }
            } else if (arg.startsWith("--prof=")) {
                profiler = arg.substring("--prof=".length());
            } else if (arg.equals("--jfr")) {
                flightRecordings = true;
            } else {
                System.err.println("usage: java -jar camel-customerio-customers-bench.jar [--quick]" + " [--only="
                        + String.join(",", PARTS) + "] [--prof=<JMH profiler>] [--jfr]");
                System.exit(2);
            }
        }
        Path output = outputDirectory();
        Files.createDirectories(output);
        BenchmarkSuite suite = new BenchmarkSuite(quick, parts, profiler, flightRecordings, output);
        suite.run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        System.out.println("camel-customerio-customers benchmarks" + (quick ? " (quick: numbers not meaningful)" : ""));
        System.out.println("date:     " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
        System.out.println("hardware: " + hardware());
        System.out.println("details:  " + output.toAbsolutePath());
        if (parts.contains("percall")) {
            perCall();
        }
        if (parts.contains("streaming")) {
            streaming();
        }
        if (parts.contains("ratelimit")) {
            rateLimited();
        }
        if (parts.contains("load")) {
            load();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Results (%.1f min):%n%n", (System.nanoTime() - started) / 60e9);
        System.out.print(table.render());
        System.out.println();
        System.out.println("Ratios are measured / baseline: for calls/s and items/s higher is better, for latency and"
                + " heap lower is better. Heap: the most any GC left in use during the measured walks, and"
                + " the live heap after a full GC at 25% and 75% of a walk; flat = it grows by at most 4 MB"
                + " between the two. ± is JMH's 99.9% confidence interval.");
        System.out.println(table.allPass() ? "Every target met." : "Some targets missed: see FAIL rows.");
    }

    // ---------------------------------------------------------------------------------------------- per call

    private void perCall() throws Exception {
        Path answers = output.resolve("answers");
        RecordedAnswers.recordInto(answers);
        // many short iterations: the suite stays under ten minutes and the confidence interval stays useful
        int iterations = quick ? 1 : 8;
        int warmups = quick ? 1 : 2;
        TimeValue warmupTime = TimeValue.seconds(quick ? 1 : 2);
        TimeValue time = TimeValue.seconds(1);
        System.out.printf(
                "%n[1/4] per call: 8 JMH benchmarks x 2 modes, %d x %s warm-up + %d x %s measured each;"
                        + " JMH output in %s%n",
                warmups, warmupTime, iterations, time, output.resolve("jmh.log"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PerCallBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(warmupTime)
                .measurementIterations(iterations)
                .measurementTime(time)
                .threads(1)
                .jvmArgs(
                        "-Xms512m",
                        "-Xmx512m",
                        "-D" + RecordedAnswers.DIRECTORY_PROPERTY + "=" + answers.toAbsolutePath())
                .output(output.resolve("jmh.log").toString())
                .result(output.resolve("jmh.json").toString())
                .resultFormat(ResultFormatType.JSON);
        if (profiler != null) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> throughput = new HashMap<>();
        Map<String, Double> throughputError = new HashMap<>();
        Map<String, Statistics> latency = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            switch (result.getParams().getMode()) {
                case Throughput -> {
                    // ops/us to ops/s
                    throughput.put(name, primary.getScore() * 1e6);
                    throughputError.put(name, primary.getScoreError() * 1e6);
                }
                case SampleTime -> latency.put(name, primary.getStatistics());
                default -> {}
            }
        }
        for (String call : List.of("getSegment", "getPeopleFilter")) {
            perCallRows(call, throughput, throughputError, latency);
        }
    }

    private void perCallRows(
            String call, Map<String, Double> throughput, Map<String, Double> error, Map<String, Statistics> latency) {
        String component = "component_" + call;
        Map<String, String> baselines = Map.of(
                "jdkHttpClient_" + call,
                "bare JDK HttpClient",
                "camelHttp_" + call,
                "camel-http route",
                "httpClient5_" + call,
                "bare HttpClient 5");
        List<String> order = List.of("jdkHttpClient_" + call, "camelHttp_" + call, "httpClient5_" + call);
        double calls = throughput.getOrDefault(component, Double.NaN);
        for (String baseline : order) {
            double base = throughput.getOrDefault(baseline, Double.NaN);
            double r = calls / base;
            String target;
            Boolean pass;
            if (baseline.startsWith("jdk")) {
                target = ">= 0.87x";
                pass = r >= 0.87;
            } else if (baseline.startsWith("camelHttp")) {
                target = "> 1.00x";
                pass = r > 1.0;
            } else {
                target = "-";
                pass = null;
            }
            table.add(
                    call + " calls/s, component vs " + baselines.get(baseline),
                    number(calls) + " ± " + number(error.getOrDefault(component, Double.NaN)),
                    number(base) + " ± " + number(error.getOrDefault(baseline, Double.NaN)),
                    ratio(r),
                    target,
                    pass);
        }
        for (double percentile : new double[] {50, 99}) {
            double mine = percentile(latency.get(component), percentile);
            for (String baseline : order) {
                double base = percentile(latency.get(baseline), percentile);
                double r = mine / base;
                String target = "-";
                Boolean pass = null;
                if (percentile == 50 && baseline.startsWith("jdk")) {
                    target = "<= 1.15x";
                    pass = r <= 1.15;
                } else if (percentile == 50 && baseline.startsWith("camelHttp")) {
                    target = "< 1.00x";
                    pass = r < 1.0;
                }
                table.add(
                        String.format(
                                Locale.ROOT,
                                "%s p%.0f latency us, component vs %s",
                                call,
                                percentile,
                                baselines.get(baseline)),
                        number(mine),
                        number(base),
                        ratio(r),
                        target,
                        pass);
            }
        }
    }

    private static double percentile(Statistics statistics, double percentile) {
        return statistics == null ? Double.NaN : statistics.getPercentile(percentile);
    }

    // --------------------------------------------------------------------------------------------- streaming

    private void streaming() throws Exception {
        int members = quick ? 100_000 : MEMBERS;
        int warmMembers = quick ? 20_000 : WARM_MEMBERS;
        System.out.printf(
                "%n[2/4] streaming: %,d members, pages of 1,000 and 30,000, each walk in its own JVM with"
                        + " -Xmx128m after a %,d-member warm-up walk; %s%n",
                members,
                warmMembers,
                "bare = HttpClient 5 + Jackson streaming parser counting identifiers, bareMaps = the same building a"
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
                String size = String.format(Locale.ROOT, "%,d members, pages of %,d", members, pageSize);
                for (StreamingRun.Path path : List.of(StreamingRun.Path.consumer, StreamingRun.Path.producer)) {
                    Walk walk = walks.get(path);
                    String what = path == StreamingRun.Path.consumer
                            ? "consumer (exchange per item)"
                            : "producer paginate + split streaming";
                    double r = walk.itemsPerSecond() / bare.itemsPerSecond();
                    table.add(
                            size + ": items/s, " + what + " vs bare HttpClient 5 + Jackson streaming",
                            number(walk.itemsPerSecond()),
                            number(bare.itemsPerSecond()),
                            ratio(r),
                            ">= 0.80x",
                            r >= 0.8);
                    table.add(
                            size + ": heap MB (peak after GC; live at 25% > 75%), " + what + " vs bare",
                            String.format(Locale.ROOT, "%.1f; %s", mb(walk.peakAfterGc), walk.growthText()),
                            String.format(Locale.ROOT, "%.1f; %s", mb(bare.peakAfterGc), bare.growthText()),
                            ratio((double) walk.peakAfterGc / bare.peakAfterGc),
                            "flat",
                            walk.isFlat());
                }
                // where the time goes: building a Map per item, and the component's paging without exchanges
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
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx128m"));
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

    // ----------------------------------------------------------------------------------------- rate limited

    private void rateLimited() throws Exception {
        int pages = quick ? 100 : RATE_LIMITED_PAGES;
        System.out.printf(
                "%n[3/4] rate-limited walk: %,d pages of 1,000 against a simulator enforcing %d requests/s,"
                        + " component at its default rateLimit=%d (about %d s)%n",
                pages, RateLimitedWalk.LIMIT, RateLimitedWalk.LIMIT, pages / RateLimitedWalk.LIMIT);
        RateLimitedWalk.Result result = RateLimitedWalk.run(pages);
        System.out.printf(
                Locale.ROOT,
                "  %d requests, %,d members in %.1f s: %.2f requests/s; 429s: %d at the route,"
                        + " %d answered by the simulator; other errors: %d%n",
                result.requests(),
                result.items(),
                result.seconds(),
                result.requestsPerSecond(),
                result.routeSaw429(),
                result.simulatorAnswered429(),
                result.otherErrors());
        double r = result.requestsPerSecond() / RateLimitedWalk.LIMIT;
        table.add(
                String.format(
                        Locale.ROOT,
                        "rate-limited walk (%d requests, %.0f s): requests/s vs the limit",
                        result.requests(),
                        result.seconds()),
                String.format(Locale.ROOT, "%.2f", result.requestsPerSecond()),
                Integer.toString(RateLimitedWalk.LIMIT),
                ratio(r),
                ">= 9.5/s",
                result.requestsPerSecond() >= 9.5 && result.otherErrors() == 0 && result.items() == pages * 1000L);
        table.add(
                "rate-limited walk: 429s that reached the route",
                Long.toString(result.routeSaw429()),
                "-",
                "-",
                "0",
                result.routeSaw429() == 0);
        table.add(
                "rate-limited walk: 429s answered by the simulator",
                Long.toString(result.simulatorAnswered429()),
                "-",
                "-",
                "0",
                result.simulatorAnswered429() == 0);
    }

    // ------------------------------------------------------------------------------------------------ load

    private void load() throws Exception {
        int calls = quick ? 500 : LOAD_CALLS;
        System.out.printf(
                "%n[4/4] load: %d routes x %,d calls through one component, simulator rate limit off,"
                        + " rateLimit=0; baseline: %d bare HttpClient 5 threads, same calls%n",
                LOAD_ROUTES, calls, LOAD_ROUTES);
        LoadRun.Result result = LoadRun.run(LOAD_ROUTES, calls);
        System.out.printf(
                Locale.ROOT,
                "  component: %,d calls in %.1f s (%,.0f calls/s), %d errors; pool after: %d leased,"
                        + " %d open (max %d); threads %d -> %d%n",
                result.calls(),
                result.seconds(),
                result.callsPerSecond(),
                result.errors(),
                result.leased(),
                result.open(),
                result.maxConnections(),
                result.threadsBefore(),
                result.threadsAfter());
        System.out.printf(
                Locale.ROOT,
                "  baseline:  %.1f s (%,.0f calls/s), %d errors%n",
                result.baselineSeconds(),
                result.baselineCallsPerSecond(),
                result.baselineErrors());
        String size = String.format(Locale.ROOT, "load (%d routes x %,d calls)", LOAD_ROUTES, calls);
        table.add(
                size + ": errors",
                Integer.toString(result.errors()),
                Integer.toString(result.baselineErrors()),
                "-",
                "0",
                result.errors() == 0);
        table.add(
                String.format(
                        Locale.ROOT,
                        "%s: calls/s (wall %.1f s), component vs %d bare HttpClient 5 threads",
                        size,
                        result.seconds(),
                        LOAD_ROUTES),
                number(result.callsPerSecond()),
                number(result.baselineCallsPerSecond()),
                ratio(result.callsPerSecond() / result.baselineCallsPerSecond()),
                "-",
                null);
        table.add(
                size + ": connection pool after (leased / open)",
                result.leased() + " / " + result.open(),
                "-",
                "-",
                "0 / <= " + result.maxConnections(),
                result.leased() == 0 && result.open() <= result.maxConnections());
        table.add(
                size + ": threads before -> after (simulator's excluded)",
                result.threadsBefore() + " -> " + result.threadsAfter(),
                "-",
                "-",
                "no growth",
                result.threadsAfter() <= result.threadsBefore());
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Next to the jar: target/bench-results. */
    private static Path outputDirectory() throws URISyntaxException {
        File jar = new File(BenchmarkSuite.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return jar.toPath().toAbsolutePath().getParent().resolve("bench-results");
    }

    private static String hardware() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
    }
}
