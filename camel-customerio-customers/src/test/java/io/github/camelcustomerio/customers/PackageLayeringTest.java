package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages are layered one way: the Camel-facing classes at the root use the consumer, paging,
 * request, client and api packages, each of which only uses those below it; api (the operation table, its vocabulary
 * and the exceptions) and state use none of ours.
 */
class PackageLayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/camelcustomerio/customers");
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?io\\.github\\.camelcustomerio\\.customers\\.(\\w+)\\.(?:[A-Z]|\\w+\\.)",
            Pattern.MULTILINE);
    private static final Pattern ROOT_IMPORT =
            Pattern.compile("^import (?:static )?io\\.github\\.camelcustomerio\\.customers\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern CAMEL_IMPORT =
            Pattern.compile("^import (?:static )?org\\.apache\\.camel\\.", Pattern.MULTILINE);
    /** Each package and the depth of its layer: a package may only use packages of a greater depth. */
    private static final Map<String, Integer> DEPTH =
            Map.of("", 0, "consumer", 1, "paging", 2, "request", 3, "client", 4, "api", 5, "state", 5);

    @Test
    void everyPackageOnlyUsesThePackagesBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString();
                assertThat(DEPTH)
                        .as("package %s has a place in the layers", from)
                        .containsKey(from);
                String source = Files.readString(file);
                if (!from.isEmpty() && ROOT_IMPORT.matcher(source).find()) {
                    upward.add(file + " uses the root package");
                }
                Matcher imported = IMPORT.matcher(source);
                while (imported.find()) {
                    String to = imported.group(1);
                    if (!to.equals(from) && DEPTH.get(to) <= DEPTH.get(from)) {
                        upward.add(file + " uses " + to);
                    }
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    /**
     * The HTTP client, the request factory and paging know nothing of Camel: the root package turns Camel's types
     * (SSLContextParameters, HttpClientConfigurer, ...) into plain Java and HttpClient ones before handing them down.
     */
    @Test
    void clientRequestAndPagingUseNoCamelType() throws IOException {
        List<String> camelUsers = new ArrayList<>();
        for (String layer : List.of("client", "request", "paging")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (CAMEL_IMPORT.matcher(Files.readString(file)).find()) {
                        camelUsers.add(file.toString());
                    }
                }
            }
        }
        assertThat(camelUsers).isEmpty();
    }
}
