package com.example.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Quick start" and the docs' "Getting started" show this module's files as they are: the tagged parts
 * of pom.xml; application.properties, log4j2.properties and both classes whole. Only indentation, trailing spaces and
 * blank lines at the ends may differ.
 */
class QuickStartDocsTest {

    private static final Path POM = Path.of("pom.xml");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path SOURCES = Path.of("src", "main", "java", "com", "example", "quickstart");

    /** A page of the docs, the section of it that shows the quick start, and how it marks a code block. */
    enum Page {
        README(Path.of("..", "README.md"), "## Quick start", "## ", Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$")),
        GETTING_STARTED(
                Path.of("..", "src", "main", "docs", "customerio-customers-component.adoc"),
                "== Getting started",
                "== ",
                Pattern.compile("(?ms)^\\[source,(\\w+)]\\n----\\n(.*?)^----$"));

        private final Path file;
        private final String heading;
        private final String nextHeading;
        private final Pattern codeBlock;

        Page(Path file, String heading, String nextHeading, Pattern codeBlock) {
            this.file = file;
            this.heading = heading;
            this.nextHeading = nextHeading;
            this.codeBlock = codeBlock;
        }

        String section() throws IOException {
            String text = Files.readString(file);
            int start = text.indexOf("\n" + heading + "\n");
            assertThat(start).as("a section '%s' in %s", heading, file).isNotNegative();
            int end = text.indexOf("\n" + nextHeading, start + heading.length() + 2);
            return text.substring(start + 1, end < 0 ? text.length() : end + 1);
        }

        /** The section's code blocks in this language, normalised. */
        List<String> codeBlocks(String language) throws IOException {
            List<String> blocks = new ArrayList<>();
            Matcher block = codeBlock.matcher(section());
            while (block.find()) {
                if (block.group(1).equals(language)) {
                    blocks.add(normalised(block.group(2)));
                }
            }
            return blocks;
        }
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void showsTheDependenciesAsInThePom(Page page) throws IOException {
        assertThat(page.codeBlocks("xml")).contains(tagged(POM, "bom"), tagged(POM, "dependencies"));
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void showsApplicationPropertiesAndTheLogConfigurationWhole(Page page) throws IOException {
        assertThat(page.codeBlocks("properties"))
                .contains(
                        normalised(Files.readString(RESOURCES.resolve("application.properties"))),
                        normalised(Files.readString(RESOURCES.resolve("log4j2.properties"))));
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void showsTheRouteAndTheMainClassWhole(Page page) throws IOException {
        assertThat(page.codeBlocks("java"))
                .contains(
                        normalised(Files.readString(SOURCES.resolve("SegmentMembersRoute.java"))),
                        normalised(Files.readString(SOURCES.resolve("QuickStartApplication.java"))));
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void theRunCommandsNameThisMainClassAndThisBuildsSimulatorJar(Page page) throws IOException {
        assertThat(page.section())
                .contains("-Dexec.mainClass=" + QuickStartApplication.class.getName())
                .contains(
                        "camel-customerio-customers-simulator-" + System.getProperty("build.project.version") + ".jar");
    }

    @Test
    void theDependencyBlocksNameThisBuildsVersions() throws IOException {
        assertThat(tagged(POM, "bom")).contains("<version>" + System.getProperty("build.camel.version") + "</version>");
        assertThat(tagged(POM, "dependencies"))
                .contains("<artifactId>camel-customerio-customers</artifactId>\n  <version>"
                        + System.getProperty("build.project.version") + "</version>")
                .contains("<artifactId>log4j-slf4j2-impl</artifactId>\n  <version>"
                        + System.getProperty("build.log4j.version") + "</version>");
    }

    /** The lines between {@code <!-- tag::name[] -->} and {@code <!-- end::name[] -->}, normalised. */
    private static String tagged(Path file, String tag) throws IOException {
        String text = Files.readString(file);
        String begin = "<!-- tag::" + tag + "[] -->\n";
        int start = text.indexOf(begin);
        int end = text.indexOf("<!-- end::" + tag + "[] -->");
        assertThat(start).as("tag %s in %s", tag, file).isNotNegative();
        assertThat(end).as("end of tag %s in %s", tag, file).isGreaterThan(start);
        return normalised(text.substring(start + begin.length(), text.lastIndexOf('\n', end)));
    }

    /** Without the indentation common to all lines, trailing spaces, and blank lines at the ends. */
    private static String normalised(String text) {
        return text.stripIndent().replaceFirst("^(\\s*\n)+", "").stripTrailing();
    }
}
