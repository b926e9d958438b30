package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calls/s of the component and of Camel's floor for one call, measured in one JVM in short windows that
 * alternate. {@link PairedForks} puts each side in a fork of its own; on two cores a slow spell of the machine lasts
 * seconds and falls on one fork of a pair, so that the same code measured twice came out anywhere between 0.91x and
 * 0.97x. Here each round runs a window of each side, then one of each in the other order (ABBA), every window
 * {@link #WINDOW_MILLIS} long: a spell falls on both sides of a round, and the rounds' median shrugs off the rounds
 * it upset. Both sides share the JVM's compiled HttpClient, Jackson and Camel code, as two routes of one application
 * do. Runs in a JVM of its own ({@link #measure}), started like a JMH fork.
 */
final class InterleavedCalls {

    static final int WARMUP_ROUNDS = 10;
    static final int ROUNDS = 30;
    static final int WINDOW_MILLIS = 400;

    private InterleavedCalls() {}

    /**
     * Measures the call in a new JVM with these arguments. Each round's calls/s ({@code component floor}) are kept in
     * {@code interleaved-<call>.txt} in {@code output}, what the JVM itself prints (warnings, a failure) in
     * {@code interleaved-<call>.log}.
     */
    static PairedForks.Result measure(String call, int warmupRounds, int rounds, List<String> jvmArgs, Path output)
            throws IOException, InterruptedException {
        Path roundsFile = output.resolve("interleaved-" + call + ".txt");
        Path log = output.resolve("interleaved-" + call + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                InterleavedCalls.class.getName(),
                call,
                Integer.toString(warmupRounds),
                Integer.toString(rounds),
                roundsFile.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(call + ": the interleaved run failed, see " + log);
        }
        List<String> lines = Files.readAllLines(roundsFile, StandardCharsets.UTF_8);
        double[] component = new double[lines.size()];
        double[] floor = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] rates = lines.get(i).split(" ");
            component[i] = Double.parseDouble(rates[0]);
            floor[i] = Double.parseDouble(rates[1]);
        }
        return new PairedForks.Result(component, floor);
    }

    /** Arguments: call, warm-up rounds, measured rounds, file for each round's "component floor" calls/s. */
    public static void main(String[] args) throws Exception {
        String call = args[0];
        int warmupRounds = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        PerCallBenchmark.Server server = new PerCallBenchmark.Server();
        server.start();
        PerCallBenchmark.ComponentRoutes component = new PerCallBenchmark.ComponentRoutes();
        PerCallBenchmark.FloorRoutes floor = new PerCallBenchmark.FloorRoutes();
        try {
            component.start(server);
            floor.start(server);
            Runnable componentCall = call(component, call);
            Runnable floorCall = call(floor, call);
            List<String> lines = new ArrayList<>();
            for (int round = -warmupRounds; round < rounds; round++) {
                boolean componentFirst = round % 2 == 0;
                double componentCalls = 0;
                double floorCalls = 0;
                // A B B A: a machine that speeds up or slows down during the round is felt by both sides alike
                for (int window = 0; window < 4; window++) {
                    boolean isComponent = (window == 0 || window == 3) == componentFirst;
                    double calls = callsPerSecond(isComponent ? componentCall : floorCall);
                    if (isComponent) {
                        componentCalls += calls / 2;
                    } else {
                        floorCalls += calls / 2;
                    }
                }
                if (round >= 0) {
                    lines.add(String.format(Locale.ROOT, "%.1f %.1f", componentCalls, floorCalls));
                }
            }
            Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
        } finally {
            component.stop();
            floor.stop();
            server.stop();
        }
    }

    private static Runnable call(PerCallBenchmark.CamelRoutes routes, String call) {
        Object body = call.equals("getPeopleFilter") ? PerCallBenchmark.FILTER : null;
        return () -> routes.template.requestBody(
                call.equals("getSegment") ? routes.getSegment : routes.getPeopleFilter, body);
    }

    /** Calls for one window, in batches of 100 between looks at the clock. */
    private static double callsPerSecond(Runnable call) {
        long calls = 0;
        long started = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 100; i++) {
                call.run();
            }
            calls += 100;
        } while ((elapsed = System.nanoTime() - started) < WINDOW_MILLIS * 1_000_000L);
        return calls * 1e9 / elapsed;
    }
}
