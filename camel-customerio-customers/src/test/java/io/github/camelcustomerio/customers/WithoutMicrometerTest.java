package io.github.camelcustomerio.customers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is optional: a JVM whose class path lacks it calls the service and walks a segment as usual (the meters
 * are simply not there).
 */
class WithoutMicrometerTest {

    @TempDir
    Path directory;

    @Test
    void theComponentCallsAndConsumesWithoutMicrometerOnTheClassPath() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separatorChar, '/').contains("/io/micrometer/"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).isNotEqualTo(System.getProperty("java.class.path"));
        Path log = directory.resolve("child.log");

        Process child = ChildJvm.start(WithoutMicrometerProcess.class, classPath, log);

        assertThat(child.waitFor(60, TimeUnit.SECONDS))
                .as("the child JVM ended")
                .isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("micrometer absent")
                .contains("segment VIP beta testers; members [user-17, user-21]");
    }
}
