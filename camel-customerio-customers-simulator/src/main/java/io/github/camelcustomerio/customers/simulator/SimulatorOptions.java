package io.github.camelcustomerio.customers.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;

/**
 * The command-line options of the standalone simulator.
 *
 * @param dataset {@code demo}, {@code empty}, {@code synthetic:<segmentId>:<members>[:seed]} or a JSON file path
 */
record SimulatorOptions(
        String host,
        int port,
        String dataset,
        String apiKey,
        int rateLimit,
        long dailyQuota,
        int threads,
        boolean help) {

    static final String USAGE = """
            Usage: java -jar camel-customerio-customers-simulator.jar [options]

            Serves a simulated Customer.io App API until stopped.

            Options:
              --port <n>            port to listen on, 0 for any free port (default 8080)
              --host <address>      address to listen on (default 127.0.0.1)
              --dataset <spec>      demo | empty | synthetic:<segmentId>:<members>[:seed] | <file.json>
                                    (default demo; a synthetic seed defaults to 42)
              --api-key <key>       the accepted App API key (default sim-api-key)
              --rate-limit <n>      requests per second, 0 for no limit (default 10)
              --daily-quota <n>     requests per UTC day, 0 for no quota (default 0)
              --threads <n>         server worker threads (default 16)
              --help                print this help
            """;

    private static final long DEFAULT_SYNTHETIC_SEED = 42;

    static SimulatorOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 8080;
        String dataset = "demo";
        String apiKey = "sim-api-key";
        int rateLimit = 10;
        long dailyQuota = 0;
        int threads = 16;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            String name = argument;
            String value = null;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--port" -> port = integer(name, value, 0, 65535);
                case "--host" -> host = value;
                case "--dataset" -> dataset = value;
                case "--api-key" -> apiKey = value;
                case "--rate-limit" -> rateLimit = integer(name, value, 0, Integer.MAX_VALUE);
                case "--daily-quota" -> dailyQuota = integer(name, value, 0, Integer.MAX_VALUE);
                case "--threads" -> threads = integer(name, value, 1, 1024);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key must not be blank");
        }
        return new SimulatorOptions(host, port, dataset, apiKey, rateLimit, dailyQuota, threads, help);
    }

    /** Loads the dataset the {@code --dataset} option names. */
    Dataset loadDataset() {
        if (dataset.equals("demo")) {
            return Dataset.demo();
        }
        if (dataset.equals("empty")) {
            return Dataset.empty();
        }
        if (dataset.startsWith("synthetic:")) {
            String[] parts = dataset.split(":");
            if (parts.length < 3 || parts.length > 4) {
                throw new IllegalArgumentException("--dataset synthetic needs synthetic:<segmentId>:<members>[:seed]");
            }
            int segmentId = integer("segment id", parts[1], 1, Integer.MAX_VALUE);
            long members = longValue("members", parts[2]);
            long seed = parts.length == 4 ? longValue("seed", parts[3]) : DEFAULT_SYNTHETIC_SEED;
            return Dataset.synthetic(segmentId, members, seed);
        }
        Path path = Path.of(dataset);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--dataset " + dataset + ": no such file (expected demo, empty, "
                    + "synthetic:<segmentId>:<members>[:seed] or a JSON file)");
        }
        return Dataset.fromJson(path);
    }

    CustomerIoSimulator.Builder toBuilder(Dataset loaded) {
        return CustomerIoSimulator.builder()
                .host(host)
                .port(port)
                .apiKey(apiKey)
                .dataset(loaded)
                .rateLimit(rateLimit)
                .dailyQuota(dailyQuota)
                .threads(threads);
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                name + " must be an integer from " + min + " to " + max + ", not '" + value + "'");
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + value + "'", e);
        }
    }
}
