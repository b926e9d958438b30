package io.github.camelcustomerio.customers.quarkus;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs' Camel Quarkus section shows this module's application as it is: its routes and properties whole, and
 * the BOMs and dependencies of its build, so that what the docs tell a Quarkus user to write is what the tests run.
 */
class DocumentedQuarkusSetupTest {

    private static final Path DOC = Path.of("..", "src", "main", "docs", "customerio-customers-component.adoc");
    private static final Path ROUTES =
            Path.of("src/main/java/io/github/camelcustomerio/customers/quarkus/SegmentRoutes.java");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void theRoutesAreShownWhole() throws IOException {
        // the package is the module's own; a reader puts the class in theirs
        String routes = Files.readString(ROUTES).lines().skip(2).collect(Collectors.joining("\n"));

        assertThat(quarkusSection()).contains("[source,java]\n----\n" + routes + "\n----\n");
    }

    @Test
    void thePropertiesAreShownWhole() throws IOException {
        assertThat(quarkusSection()).contains("[source,properties]\n----\n" + Files.readString(PROPERTIES) + "----\n");
    }

    @Test
    void theDependenciesShownAreThoseOfTheBuild() throws Exception {
        Element pom = parse(Files.readString(Path.of("pom.xml")));
        Element shown = parse("<project>" + xmlBlock() + "</project>");
        Map<String, String> properties = properties(pom);

        assertThat(imports(shown, Map.of()))
                .containsExactlyElementsOf(imports(pom, properties))
                .containsExactly(
                        "io.quarkus:quarkus-bom:" + properties.get("quarkus.version"),
                        "org.apache.camel.quarkus:camel-quarkus-bom:" + properties.get("camel-quarkus.version"));
        assertThat(applicationDependencies(shown)).containsExactlyElementsOf(applicationDependencies(pom));
        assertThat(versionShownOf(shown, "camel-customerio-customers"))
                .isEqualTo(child(child(pom, "parent"), "version").getTextContent());
    }

    private static String quarkusSection() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n=== Camel Quarkus\n");
        assertThat(start).as("a section 'Camel Quarkus' in %s", DOC).isNotNegative();
        int end = doc.indexOf("\n== ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static String xmlBlock() throws IOException {
        String section = quarkusSection();
        String begin = "[source,xml]\n----\n";
        int start = section.indexOf(begin);
        assertThat(start).as("an XML block in the Camel Quarkus section").isNotNegative();
        return section.substring(start + begin.length(), section.indexOf("\n----\n", start + begin.length()));
    }

    /** The imported BOMs, as groupId:artifactId:version. */
    private static List<String> imports(Element project, Map<String, String> properties) {
        List<String> imports = new ArrayList<>();
        for (Element dependency : dependencies(child(project, "dependencyManagement"))) {
            String version = resolve(child(dependency, "version").getTextContent(), properties);
            imports.add(coordinates(dependency) + ":" + version);
        }
        return imports;
    }

    /** What the application itself needs: every dependency but the tests' ones, as groupId:artifactId. */
    private static List<String> applicationDependencies(Element project) {
        return dependencies(project).stream()
                .filter(dependency -> child(dependency, "scope") == null
                        || !"test".equals(child(dependency, "scope").getTextContent()))
                .map(DocumentedQuarkusSetupTest::coordinates)
                .toList();
    }

    private static String versionShownOf(Element project, String artifactId) {
        return dependencies(project).stream()
                .filter(dependency ->
                        artifactId.equals(child(dependency, "artifactId").getTextContent()))
                .map(dependency -> child(dependency, "version").getTextContent())
                .findFirst()
                .orElseThrow();
    }

    private static List<Element> dependencies(Element parent) {
        List<Element> dependencies = new ArrayList<>();
        NodeList nodes = child(parent, "dependencies").getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element dependency) {
                dependencies.add(dependency);
            }
        }
        return dependencies;
    }

    private static Map<String, String> properties(Element pom) {
        Map<String, String> properties = new HashMap<>();
        NodeList nodes = child(pom, "properties").getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent());
            }
        }
        return properties;
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher reference = PROPERTY.matcher(value);
        return reference.matches() ? properties.get(reference.group(1)) : value;
    }

    private static String coordinates(Element dependency) {
        return child(dependency, "groupId").getTextContent() + ":"
                + child(dependency, "artifactId").getTextContent();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return document.getDocumentElement();
    }
}
