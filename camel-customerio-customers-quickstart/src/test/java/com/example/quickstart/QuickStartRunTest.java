package com.example.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start, run as the docs say: its main class in a JVM of its own, the key in {@code CUSTOMERIO_API_KEY},
 * pointed at a simulator with the demo workspace by {@code -Dcamel.component.customerio-customers.base-url}.
 */
class QuickStartRunTest {

    private static final Logger LOG = LoggerFactory.getLogger(QuickStartRunTest.class);

    @TempDir
    Path folder;

    @Test
    void logsEveryMemberOfTheSegmentAndEndsByItself() throws Exception {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().dataset(Dataset.demo()).build().start()) {
            Path output = folder.resolve("quickstart.log");
            Process quickStart = start(simulator, output);

            boolean ended = quickStart.waitFor(60, TimeUnit.SECONDS);
            String console = Files.readString(output);
            LOG.info("The quick start's console:\n{}", console);
            if (!ended) {
                quickStart.destroyForcibly();
            }

            assertThat(ended).as("the quick start ended by itself").isTrue();
            assertThat(quickStart.exitValue()).as("exit code").isZero();
            assertThat(console).doesNotContain(" WARN ", " ERROR ", "Exception");
            // segment 7 of the demo workspace: user-18 has no email address
            assertThat(memberLines(console))
                    .containsExactly(
                            "segment-members - user-17 ana@acme.test",
                            "segment-members - user-18 ",
                            "segment-members - user-21 eve@initech.test");
            assertThat(simulator.requests()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("GET");
                assertThat(request.path()).isEqualTo("/v1/segments/7/membership");
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + simulator.apiKey());
                assertThat(request.status()).isEqualTo(200);
            });
        }
    }

    private static Process start(CustomerIoSimulator simulator, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcamel.component.customerio-customers.base-url=" + simulator.baseUrl(),
                "-cp",
                System.getProperty("java.class.path"),
                QuickStartApplication.class.getName());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CUSTOMERIO_") || name.startsWith("CAMEL_"));
        environment.put("CUSTOMERIO_API_KEY", simulator.apiKey());
        builder.redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        return builder.start();
    }

    /** The lines the route logged, from its logger's name on. */
    private static List<String> memberLines(String console) {
        return console.lines()
                .filter(line -> line.contains(" segment-members - "))
                .map(line -> line.substring(line.indexOf("segment-members - ")))
                .toList();
    }
}
