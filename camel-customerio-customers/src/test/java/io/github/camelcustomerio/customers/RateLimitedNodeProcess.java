package io.github.camelcustomerio.customers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import static org.awaitility.Awaitility.await;

/**
 * One node for SharedRateLimitTest, run in a JVM of its own: once the file {@code go} appears, it makes its calls to
 * getSegment all at once (a thread each), then writes {@code <name>.result}: calls that succeeded, calls that failed,
 * and when its first call started and its last one ended (epoch milliseconds).
 * <p>
 * Arguments: node name, base URL, API key, segment id, calls, extra endpoint options, work directory.
 */
public final class RateLimitedNodeProcess {

    private RateLimitedNodeProcess() {}

    public static void main(String[] args) throws Exception {
        String node = args[0];
        int calls = Integer.parseInt(args[4]);
        Path work = Path.of(args[6]);
        String uri = "customerio-customers:getSegment?segmentId=" + args[3] + (args[5].isEmpty() ? "" : "&" + args[5]);
        try (CamelContext context = new DefaultCamelContext()) {
            CustomerIoCustomersComponent component =
                    context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
            component.getConfiguration().setApiKey(args[2]);
            component.getConfiguration().setBaseUrl(args[1]);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody(uri.replace("getSegment?", "getSegmentCount?"), (Object) null); // warm up, one call
            Files.writeString(work.resolve(node + ".ready"), "");
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> Files.exists(work.resolve("go")));
            ExecutorService threads = Executors.newFixedThreadPool(calls);
            long started = System.currentTimeMillis();
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(threads.submit(() -> template.requestBody(uri, (Object) null)));
            }
            int ok = 0;
            int failed = 0;
            StringBuilder failures = new StringBuilder();
            for (Future<?> result : results) {
                try {
                    result.get(10, TimeUnit.MINUTES);
                    ok++;
                } catch (Exception e) {
                    failed++;
                    failures.append(' ')
                            .append(e.getCause() == null ? e : e.getCause().getMessage());
                }
            }
            long ended = System.currentTimeMillis();
            threads.shutdown();
            Files.writeString(
                    work.resolve(node + ".result"), ok + " " + failed + " " + started + " " + ended + failures);
        }
    }
}
