package io.github.camelcustomerio.customers.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation's "The four jobs" section shows the example's routes as they are. */
class DocumentedRoutesTest {

    private static final Path DOC = Path.of("..", "src", "main", "docs", "customerio-customers-component.adoc");
    private static final Path ROUTES = Path.of("src", "main", "resources", "routes");
    private static final Path JAVA_ROUTE = Path.of(
            "src",
            "main",
            "java",
            "io",
            "github",
            "camelcustomerio",
            "customers",
            "example",
            "PersonEnrichmentRoute.java");

    @ParameterizedTest
    @ValueSource(strings = {"segment-export", "segment-housekeeping", "activity-follower"})
    void theYamlRouteIsShownWhole(String name) throws IOException {
        List<String> lines = Files.readAllLines(ROUTES.resolve(name + ".camel.yaml"));
        // the file's leading comment says what the doc's prose says
        String route = lines.stream().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));

        assertThat(jobsSection()).contains("[source,yaml]\n----\n" + route + "\n----\n");
    }

    @Test
    void theJavaRouteIsShownWhole() throws IOException {
        String source = Files.readString(JAVA_ROUTE);
        String route = source.substring(
                source.indexOf("        from(\"direct:person-enrichment\")"),
                source.indexOf("\n    }", source.indexOf("public void configure()")));
        String shown = route.lines()
                .map(line -> line.substring(Math.min(8, line.length())))
                .collect(Collectors.joining("\n"));

        assertThat(jobsSection()).contains("[source,java]\n----\n" + shown + "\n----\n");
    }

    private static String jobsSection() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n== The four jobs\n");
        assertThat(start).as("a section 'The four jobs' in %s", DOC).isNotNegative();
        int end = doc.indexOf("\n== ", start + 1);
        return doc.substring(start, end);
    }
}
