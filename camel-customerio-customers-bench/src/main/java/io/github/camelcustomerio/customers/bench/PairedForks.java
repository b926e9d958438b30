package io.github.camelcustomerio.customers.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The calls/s of two {@link PerCallBenchmark}s, measured in forks that alternate. On a small machine one fork differs
 * from the next by up to 40% (where its JIT and its threads landed), far more than one iteration from the next in a
 * fork, so a fork of each says little. Each round runs one fork of each, the order alternating between rounds; a
 * fork's median iteration is its result. The pair's ratio is the median of the rounds' ratios: a round's two forks
 * ran side by side in time, so a slow spell of the machine falls on both.
 */
final class PairedForks {

    /** Each round's calls/s of the first and of the second benchmark. */
    record Result(double[] first, double[] second) {

        double firstMedian() {
            return median(first);
        }

        double secondMedian() {
            return median(second);
        }

        /** The median of the rounds' ratios, first / second. */
        double ratio() {
            return median(ratios());
        }

        /** The rounds' ratios in brief: lowest, quartiles and highest. */
        String spread() {
            double[] ratios = ratios();
            Arrays.sort(ratios);
            int last = ratios.length - 1;
            return String.format(
                    Locale.ROOT,
                    "lowest %.2f, quartiles %.2f to %.2f, highest %.2f",
                    ratios[0],
                    ratios[last / 4],
                    ratios[(3 * last) / 4],
                    ratios[last]);
        }

        /** Every round's ratio, lowest first. */
        String roundRatios() {
            double[] ratios = ratios();
            Arrays.sort(ratios);
            StringBuilder text = new StringBuilder();
            for (double ratio : ratios) {
                text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", ratio));
            }
            return text.toString();
        }

        private double[] ratios() {
            double[] ratios = new double[first.length];
            Arrays.setAll(ratios, i -> first[i] / second[i]);
            return ratios;
        }
    }

    private final int rounds;
    private final int warmups;
    private final int iterations;
    private final List<String> jvmArgs;
    private final Path output;

    PairedForks(int rounds, int warmups, int iterations, List<String> jvmArgs, Path output) {
        this.rounds = rounds;
        this.warmups = warmups;
        this.iterations = iterations;
        this.jvmArgs = jvmArgs;
        this.output = output;
    }

    Result measure(String first, String second) throws RunnerException {
        double[] firstCalls = new double[rounds];
        double[] secondCalls = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            for (String benchmark : round % 2 == 0 ? List.of(first, second) : List.of(second, first)) {
                double calls = fork(benchmark, round + 1);
                (benchmark.equals(first) ? firstCalls : secondCalls)[round] = calls;
                System.out.printf(Locale.ROOT, "  round %d: %-28s %,9.0f calls/s%n", round + 1, benchmark, calls);
            }
        }
        return new Result(firstCalls, secondCalls);
    }

    /** One fork of the benchmark: its median iteration, in calls/s. */
    private double fork(String benchmark, int round) throws RunnerException {
        RunResult result = new Runner(new OptionsBuilder()
                        .include(PerCallBenchmark.class.getName() + "\\." + benchmark + "$")
                        .mode(Mode.Throughput)
                        .timeUnit(TimeUnit.SECONDS)
                        .forks(1)
                        .warmupIterations(warmups)
                        .warmupTime(TimeValue.seconds(1))
                        .measurementIterations(iterations)
                        .measurementTime(TimeValue.seconds(1))
                        .threads(1)
                        .jvmArgs(jvmArgs.toArray(String[]::new))
                        .output(output.resolve("jmh-" + benchmark + "-round" + round + ".log")
                                .toString())
                        .build())
                .run().stream()
                        .filter(run -> run.getParams().getMode() == Mode.Throughput)
                        .findFirst()
                        .orElseThrow();
        return median(result.getBenchmarkResults().iterator().next().getIterationResults().stream()
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore())
                .toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
