package io.github.camelcustomerio.customers.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.MainSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the four jobs once Camel has started, each under its own heading: the segment export, the person enrichment
 * and the segment housekeeping one after the other, then the activity follower. Unless asked to keep following
 * ({@code example.follow=true}), the application then ends by itself, once the follower has shown a few new
 * activities or has waited long enough for them.
 */
public class JobRunner extends MainListenerSupport {

    static final String FOLLOWER_ROUTE = "activity-follower";

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final int PREVIEW_LINES = 6;

    private final Console console;
    private final List<String> failedJobs = new ArrayList<>();

    public JobRunner(Console console) {
        this.console = console;
    }

    /** The jobs that ended with an error, by heading. */
    public List<String> failedJobs() {
        return List.copyOf(failedJobs);
    }

    @Override
    public void afterStart(BaseMainSupport base) {
        MainSupport main = (MainSupport) base;
        CamelContext context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();
        try {
            String segmentId = setting(context, "example.export.segment-id");
            run("1/4 Segment export: every member of segment " + segmentId + " into a CSV file", () -> {
                Path file = Path.of(template.requestBody("direct:segment-export", segmentId, String.class));
                console.line(preview(file));
            });
            String email = setting(context, "example.enrichment.email");
            run(
                    "2/4 Person enrichment: everything about " + email + " in one document",
                    () -> template.requestBody("direct:person-enrichment", email));
            String segmentName = setting(context, "example.housekeeping.segment-name");
            run(
                    "3/4 Segment housekeeping: create a manual segment, check it, delete it",
                    () -> template.requestBody(
                            "direct:segment-housekeeping",
                            Map.of(
                                    "name",
                                    segmentName,
                                    "description",
                                    "Created by the Camel Customer.io example, deleted right away")));
        } finally {
            template.stop();
        }
        follow(main, context);
    }

    private void run(String heading, Runnable job) {
        console.heading(heading);
        try {
            job.run();
        } catch (RuntimeException e) {
            failedJobs.add(heading);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            console.line("failed: " + cause.getMessage());
            LOG.debug("{} failed", heading, e);
        }
    }

    private void follow(MainSupport main, CamelContext context) {
        String customerId = setting(context, "example.follower.customer-id");
        console.heading("4/4 Activity follower: new activities of " + customerId + " as they happen");
        int wanted = Integer.parseInt(setting(context, "example.demo.activities"));
        NotifyBuilder shown = new NotifyBuilder(context)
                .fromRoute(FOLLOWER_ROUTE)
                .whenCompleted(wanted)
                .create();
        try {
            context.getRouteController().startRoute(FOLLOWER_ROUTE);
        } catch (Exception e) {
            failedJobs.add("activity follower");
            console.line("failed: " + e.getMessage());
            main.completed();
            return;
        }
        if (Boolean.parseBoolean(setting(context, "example.follow"))) {
            console.line("following until Ctrl+C");
            return;
        }
        int seconds = Integer.parseInt(setting(context, "example.demo.follow-seconds"));
        if (!shownInTime(shown, main, seconds)) {
            console.line("no further new activity within " + seconds + " s");
        }
        console.heading(
                failedJobs.isEmpty() ? "Done: all four jobs ran" : "Done, but these jobs failed: " + failedJobs);
        main.completed();
    }

    /** Waits for the activities, but gives up as soon as the application is asked to stop (Ctrl+C). */
    private static boolean shownInTime(NotifyBuilder shown, MainSupport main, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (!shown.matches()) {
                if (System.nanoTime() >= deadline || main.getShutdownStrategy().await(100, TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String preview(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> head = lines.limit(PREVIEW_LINES + 1L).toList();
            String shown = String.join("\n", head.subList(0, Math.min(PREVIEW_LINES, head.size())));
            return head.size() > PREVIEW_LINES ? shown + "\n..." : shown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(CamelContext context, String name) {
        return context.getPropertiesComponent()
                .resolveProperty(name)
                .orElseThrow(() -> new IllegalStateException("missing setting " + name + " in application.properties"));
    }
}
