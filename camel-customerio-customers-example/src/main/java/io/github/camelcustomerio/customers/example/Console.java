package io.github.camelcustomerio.customers.example;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What the example shows its user: a heading per job and the job's results, on the console. The routes call it as
 * the bean {@code console}; technical detail goes to the log instead.
 */
public class Console {

    private static final String INDENT = "   ";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PrintStream out;

    public Console(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public synchronized void heading(String title) {
        out.println();
        out.println("== " + title);
        out.flush();
    }

    /** Prints text indented under the current heading, line by line. */
    public synchronized void line(String text) {
        String shown = text == null ? "" : text;
        shown.lines().forEach(line -> out.println(INDENT + line));
        out.flush();
    }

    /** One line per activity: when, what, and the activity's name or page and data. */
    public void activity(Map<String, Object> activity) {
        StringJoiner line = new StringJoiner("  ");
        Object timestamp = activity.get("timestamp");
        if (timestamp instanceof Number seconds) {
            line.add(TIME.format(Instant.ofEpochSecond(seconds.longValue())));
        }
        line.add(String.valueOf(activity.get("type")));
        for (String field : new String[] {"name", "url", "data"}) {
            Object value = activity.get(field);
            if (value != null) {
                line.add(value.toString());
            }
        }
        line("new activity: " + line);
    }
}
