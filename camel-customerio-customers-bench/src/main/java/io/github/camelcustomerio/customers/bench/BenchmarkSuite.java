package io.github.camelcustomerio.customers.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * Runs every benchmark of the component and prints one table: per-call overhead (JMH, and the component and
 * Camel's floor interleaved in one JVM), streaming a million members (forked JVMs with -Xmx64m), a two-minute
 * rate-limited walk, and twenty routes under load. Each measurement is set against a baseline measured in the same
 * run, on the same local server answering the same bytes.
 *
 * <pre>
 * java -jar camel-customerio-customers-bench/target/camel-customerio-customers-bench.jar [--quick] [--only=percall,streaming,ratelimit,load] [--prof=stack] [--jfr]
 * </pre>
 * {@code --quick} shrinks every part to check that the suite runs (its numbers mean little); {@code --prof} hands a
 * profiler to JMH for the per-call benchmarks (e.g. {@code stack}, {@code gc}, {@code jfr}); {@code --jfr} records
 * each streaming walk with Flight Recorder, into the details directory. For investigations, the system properties
 * {@code bench.jfrSettings} (a {@code .jfc} file) replaces the recordings' {@code profile} settings;
 * {@code bench.pageSizes} (e.g. {@code 30000}) and {@code bench.paths} (e.g. {@code iterator,bare}) narrow the
 * streaming walks; such a partial run prints the walks but adds no rows to the table.
 * <p>
 * This class is the suite's one script, read top to bottom: it runs the four parts in order and turns their results
 * into rows; the measuring itself lives in {@link PerCallBenchmark}, {@link InterleavedCalls}, {@link StreamingRun},
 * {@link RateLimitedWalk} and {@link LoadRun}, the streaming and rate-limited rows in {@link StreamingSuite} and
 * {@link RateLimitedSuite}.
 */
public final class BenchmarkSuite {

    private static final List<String> PARTS = List.of("percall", "streaming", "ratelimit", "load");

    /** The calls measured per call, each through the component and against its baselines. */
    private static final List<String> CALLS = List.of("getSegment", "getPeopleFilter");

    /** Rounds of paired forks: the component and Camel's floor, for each call; each fork's 1 s iterations. */
    private static final int PAIRED_ROUNDS = 5;

    private static final int PAIRED_WARMUPS = 6;
    private static final int PAIRED_ITERATIONS = 8;

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
            new StreamingSuite(table, quick, flightRecordings, output).run();
        }
        if (parts.contains("ratelimit")) {
            RateLimitedSuite.run(table, quick);
        }
        if (parts.contains("load")) {
            load();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Results (%.1f min):%n%n", (System.nanoTime() - started) / 60e9);
        System.out.print(table.render());
        System.out.println();
        System.out.println("Ratios are measured / baseline: for calls/s and items/s higher is better, for latency and"
                + " heap lower is better. Calls/s against Camel's floor: the median of the interleaved rounds' ratios,"
                + " each round two windows of each side in one JVM (A B B A); the paired forks, for information. Items/s"
                + " against Camel's floor: the median of the rounds' ratios, each round a fork (a JVM) of each (the"
                + " rates shown are the medians of the rounds). Peak live heap:"
                + " the most a full GC left in use, forced at 25/50/75/100% of each walk and every 50 ms of one more"
                + " walk; the live heap at 25% > 75% shows it flat (grows by at most 4 MB). Heap after any GC also"
                + " counts garbage young GCs leave (in G1, dead objects in old and humongous regions). ± is JMH's"
                + " 99.9% confidence interval.");
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
        List<String> jvmArgs = List.of(
                "-Xms512m", "-Xmx512m", "-D" + RecordedAnswers.DIRECTORY_PROPERTY + "=" + answers.toAbsolutePath());
        int rounds = quick ? 1 : PAIRED_ROUNDS;
        int pairedWarmups = quick ? 1 : PAIRED_WARMUPS;
        int pairedIterations = quick ? 1 : PAIRED_ITERATIONS;
        System.out.printf(
                "%n[1/4] per call: the component and Camel's floor in %d rounds of alternating forks (Throughput, %d x"
                        + " 1 s warm-up + %d x 1 s measured each), for %s; JMH output in %s%n",
                rounds, pairedWarmups, pairedIterations, CALLS, output);
        PairedForks pairs = new PairedForks(rounds, pairedWarmups, pairedIterations, jvmArgs, output);
        Map<String, PairedForks.Result> againstFloor = new HashMap<>();
        for (String call : CALLS) {
            againstFloor.put(call, pairs.measure("component_" + call, "floor_" + call));
        }
        int interleavedWarmups = quick ? 1 : InterleavedCalls.WARMUP_ROUNDS;
        int interleavedRounds = quick ? 3 : InterleavedCalls.ROUNDS;
        System.out.printf(
                "%n      then the component and Camel's floor in one JVM, alternating %d ms windows (A B B A), %d"
                        + " rounds after %d warm-up rounds, for %s; output in %s%n",
                InterleavedCalls.WINDOW_MILLIS, interleavedRounds, interleavedWarmups, CALLS, output);
        Map<String, PairedForks.Result> interleaved = new HashMap<>();
        for (String call : CALLS) {
            interleaved.put(
                    call, InterleavedCalls.measure(call, interleavedWarmups, interleavedRounds, jvmArgs, output));
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %.3fx of the floor (%s)%n",
                    call,
                    interleaved.get(call).ratio(),
                    interleaved.get(call).spread());
        }
        System.out.printf(
                "%n      then all 10 JMH benchmarks x 2 modes, one fork each, %d x %s warm-up + %d x %s measured;"
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
                .jvmArgs(jvmArgs.toArray(String[]::new))
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
        for (String call : CALLS) {
            perCallRows(call, interleaved.get(call), againstFloor.get(call), throughput, throughputError, latency);
        }
    }

    private void perCallRows(
            String call,
            PairedForks.Result interleaved,
            PairedForks.Result pairedForks,
            Map<String, Double> throughput,
            Map<String, Double> error,
            Map<String, Statistics> latency) {
        double floorRatio = interleaved.ratio();
        table.add(
                call + " calls/s, component vs Camel's floor (direct route + bare HttpClient 5), median of "
                        + interleaved.first().length + " interleaved rounds in one JVM",
                number(interleaved.firstMedian()),
                number(interleaved.secondMedian()),
                ratio(floorRatio),
                ">= 0.95x",
                floorRatio >= 0.95);
        table.add(
                call + " calls/s, component vs Camel's floor: the interleaved rounds' ratios",
                interleaved.spread(),
                "-",
                "-",
                "-",
                null);
        table.add(
                call + " calls/s, component vs Camel's floor, median round of " + pairedForks.first().length
                        + " paired forks (for information: forks differ by up to 40%)",
                number(pairedForks.firstMedian()),
                number(pairedForks.secondMedian()),
                ratio(pairedForks.ratio()),
                "-",
                null);
        table.add(
                call + " calls/s, component vs Camel's floor: each paired round's ratio",
                pairedForks.roundRatios(),
                "-",
                "-",
                "-",
                null);
        String component = "component_" + call;
        Map<String, String> baselines = Map.of(
                "floor_" + call,
                "Camel's floor (direct route + bare HttpClient 5)",
                "jdkHttpClient_" + call,
                "bare JDK HttpClient",
                "camelHttp_" + call,
                "camel-http route",
                "httpClient5_" + call,
                "bare HttpClient 5");
        List<String> order =
                List.of("floor_" + call, "jdkHttpClient_" + call, "camelHttp_" + call, "httpClient5_" + call);
        double calls = throughput.getOrDefault(component, Double.NaN);
        for (String baseline : order) {
            double base = throughput.getOrDefault(baseline, Double.NaN);
            double r = calls / base;
            String target;
            Boolean pass;
            if (baseline.startsWith("floor")) {
                // one fork of each: the paired forks above decide
                target = "-";
                pass = null;
            } else if (baseline.startsWith("jdk")) {
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
                    call + " calls/s, component vs " + baselines.get(baseline) + ", one fork each",
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
