package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's main class in a JVM of its own (the test's class path, a small heap), for tests that kill
 * processes or run several nodes; and reads what such processes leave behind (their journals, their stored state).
 */
final class ChildJvm {

    private ChildJvm() {}

    /** Starts {@code main} with these arguments; what it prints goes to {@code log}. */
    static Process start(Class<?> main, Path log, Object... arguments) throws IOException {
        return start(main, System.getProperty("java.class.path"), log, arguments);
    }

    /** Starts {@code main} on another class path, for example the test's without an optional library. */
    static Process start(Class<?> main, String classPath, Path log, Object... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                classPath,
                main.getName()));
        for (Object argument : arguments) {
            command.add(String.valueOf(argument));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder.start();
    }

    /** Whether a changes-mode consumer has stored its baseline under {@code key} in a DirectoryStateRepository. */
    static boolean baselineStored(Path stateDirectory, String key) throws IOException {
        Path head = stateDirectory.resolve(key);
        return Files.exists(head) && Files.readString(head).contains("\"baseline\"");
    }

    /** A journal's complete lines: a line a kill cut short was not written whole, so it does not count. */
    static List<String> completeLines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        String text = Files.readString(journal, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
