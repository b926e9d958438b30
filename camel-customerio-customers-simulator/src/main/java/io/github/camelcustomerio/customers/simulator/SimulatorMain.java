package io.github.camelcustomerio.customers.simulator;

import java.util.concurrent.CountDownLatch;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;

/** Runs the simulator standalone: {@code java -jar camel-customerio-customers-simulator.jar --help}. */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(SimulatorOptions.USAGE);
            return;
        }
        CustomerIoSimulator simulator;
        Dataset dataset;
        try {
            dataset = options.loadDataset();
            simulator = options.toBuilder(dataset).build().start();
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            stopped.countDown();
                        },
                        "customerio-simulator-shutdown"));
        System.out.println("Customer.io App API simulator");
        System.out.println("  base URL:   " + simulator.baseUrl());
        System.out.println(
                "  API key:    " + simulator.apiKey() + "  (Authorization: Bearer " + simulator.apiKey() + ")");
        System.out.println(
                "  dataset:    " + dataset.name() + " (" + simulator.workspace().describe() + ")");
        System.out.println("  rate limit: " + (options.rateLimit() > 0 ? options.rateLimit() + " requests/s" : "off")
                + (options.dailyQuota() > 0 ? ", " + options.dailyQuota() + " requests/day" : ""));
        System.out.println("Press Ctrl+C to stop.");
        System.out.flush();
        stopped.await();
    }
}
