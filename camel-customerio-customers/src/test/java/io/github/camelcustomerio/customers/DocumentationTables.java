package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the documentation page that tests produce: the text between {@code // generated: <name> begin}
 * and {@code // generated: <name> end} must equal what the test rendered. With {@code -Ddocs.update=true} the test
 * writes it instead.
 */
final class DocumentationTables {

    private DocumentationTables() {}

    static void check(String name, String rendered) throws IOException {
        String doc = Files.readString(DocumentationTest.DOC);
        String begin = "// generated: " + name + " begin\n";
        String end = "// generated: " + name + " end\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from)
                .as("marker '%s' in %s", begin.trim(), DocumentationTest.DOC)
                .isNotNegative();
        assertThat(to)
                .as("marker '%s' in %s", end.trim(), DocumentationTest.DOC)
                .isGreaterThan(from);
        String updated = doc.substring(0, from + begin.length()) + rendered + doc.substring(to);
        if (Boolean.getBoolean("docs.update") && !updated.equals(doc)) {
            Files.writeString(DocumentationTest.DOC, updated);
            return;
        }
        assertThat(doc)
                .as("the '%s' table in %s is stale: run the test with -Ddocs.update=true", name, DocumentationTest.DOC)
                .isEqualTo(updated);
    }
}
