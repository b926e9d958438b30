package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Whether the documentation shows, verbatim in a Java block, the lines of a test's source between
 * {@code // tag::name[]} and {@code // end::name[]}: the test runs those lines, so the docs cannot drift from them.
 */
final class DocumentedSnippets {

    private DocumentedSnippets() {}

    static boolean shown(Class<?> test, String tag) throws IOException {
        String source = Files.readString(Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
        String begin = "// tag::" + tag + "[]\n";
        int start = source.indexOf(begin) + begin.length();
        int end = source.lastIndexOf('\n', source.indexOf("// end::" + tag + "[]"));
        String snippet = source.substring(start, end).lines().collect(Collectors.joining("\n"));
        return Files.readString(DocumentationTest.DOC).contains("[source,java]\n----\n" + snippet + "\n----\n");
    }
}
