package io.github.camelcustomerio.customers.example;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.github.camelcustomerio.customers.simulator.model.Activity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The activity follower shows each new activity of the person once, and none of the history. */
class ActivityFollowerTest extends ExampleTestSupport {

    private static final String ACTIVITIES = "GET /v1/customers/user-17/activities";

    private long lastSecond;

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("example.follower.poll-delay", "20");
        return settings;
    }

    @Test
    void eachNewActivityIsShownExactlyOnce() throws Exception {
        List<Activity> history = workspace().activitiesOf("user-17");
        lastSecond = workspace().now();
        assertThat(history).as("the demo's history of user-17").isNotEmpty();
        context().getRouteController().startRoute(JobRunner.FOLLOWER_ROUTE);
        // a second poll means the first walk, which only learns where the history ends, is over
        awaitPolls(2);

        add("viewed-pricing", "started-trial", "invited-teammate");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(shown()).hasSize(3));
        add("upgraded", "paid-invoice");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(shown()).hasSize(5));
        awaitPolls(polls() + 3);

        assertThat(shown())
                .containsExactlyInAnyOrder(
                        "viewed-pricing", "started-trial", "invited-teammate", "upgraded", "paid-invoice");
        assertThat(printed())
                .doesNotContain(history.stream()
                        .map(Activity::name)
                        .filter(name -> name != null)
                        .toArray(String[]::new));
    }

    /**
     * Adds events one second apart, as a person clicking through would: activities carry whole seconds, and the
     * order of two activities of the same second is the service's to decide.
     */
    private void add(String... eventNames) {
        for (String name : eventNames) {
            workspace().addActivity("user-17", Activity.event(name).at(++lastSecond));
        }
    }

    /** The event names of the activities shown, in order, one per line printed. */
    private List<String> shown() {
        return printedLines().stream()
                .filter(line -> line.startsWith("new activity:"))
                .map(line -> line.split(" {2}")[2])
                .toList();
    }

    private long polls() {
        return calls().stream().filter(ACTIVITIES::equals).count();
    }

    private void awaitPolls(long count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> polls() >= count);
    }
}
