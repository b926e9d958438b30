package io.github.camelcustomerio.customers.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the starter's two generated classes from the component's JSON descriptor (the one
 * camel-component-maven-plugin generates): the {@code @ConfigurationProperties} class with one property per component
 * option (description, default, type), and the converter that resolves {@code #bean} references for options whose
 * type is an object. Camel's own starters are generated the same way, from the same descriptor, so a component option
 * cannot be missing from the starter or described differently.
 */
final class StarterSources {

    static final String PACKAGE = "io.github.camelcustomerio.customers.springboot";
    static final String CONFIGURATION = "CustomerIoCustomersComponentConfiguration";
    static final String CONVERTER = "CustomerIoCustomersComponentConverter";
    static final String PREFIX = "camel.component.customerio-customers";
    static final String DESCRIPTOR = "META-INF/io/github/camelcustomerio/customers/customerio-customers.json";

    private static final int LINE = 100;
    private static final String GENERATED =
            "// Generated from the component's descriptor by StarterSourcesTest (-Dstarter.update=true): do not edit.\n";

    /** One component option as the starter exposes it. */
    record Option(String name, String kind, String javaType, String defaultValue, String description, boolean secret) {

        /** The type of the Spring property: boxed, durations as java.time.Duration, generics dropped. */
        String propertyType() {
            return switch (kind) {
                case "integer" -> javaType.equals("long") ? "Long" : "Integer";
                case "boolean" -> "Boolean";
                case "duration" -> "java.time.Duration";
                case "string" -> "String";
                default -> rawJavaType();
            };
        }

        String rawJavaType() {
            int generic = javaType.indexOf('<');
            return generic < 0 ? javaType : javaType.substring(0, generic);
        }

        boolean isBeanReference() {
            return kind.equals("object");
        }

        String initializer() {
            if (defaultValue == null) {
                return "";
            }
            return " = "
                    + switch (kind) {
                        case "integer" -> javaType.equals("long") ? defaultValue + "L" : defaultValue;
                        case "boolean" -> defaultValue;
                        case "duration" -> "java.time.Duration.ofMillis(" + defaultValue + ")";
                        case "enum" -> javaType + "." + defaultValue;
                        default -> '"' + defaultValue + '"';
                    };
        }

        String fullDescription() {
            return secret
                    ? description + " A secret: Camel masks it where it prints endpoint URIs and options."
                    : description;
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    private final String componentDescription;
    private final List<Option> options;

    private StarterSources(String componentDescription, List<Option> options) {
        this.componentDescription = componentDescription;
        this.options = options;
    }

    /** The descriptor on the class path, as the component jar ships it. */
    static StarterSources fromClasspath() throws IOException {
        try (InputStream in = StarterSources.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Option> options = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            root.get("componentProperties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode option = entry.getValue();
                options.add(new Option(
                        entry.getKey(),
                        option.get("type").asText(),
                        option.get("javaType").asText(),
                        option.hasNonNull("defaultValue")
                                ? option.get("defaultValue").asText()
                                : null,
                        option.get("description").asText(),
                        option.path("secret").asBoolean(false)));
            }
            return new StarterSources(root.get("component").get("description").asText(), options);
        }
    }

    List<Option> options() {
        return options;
    }

    String configurationSource() {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n").append(GENERATED).append('\n');
        out.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        out.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        javadoc(out, "", componentDescription + " Spring Boot properties of the customerio-customers component.");
        out.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n");
        out.append("public class ")
                .append(CONFIGURATION)
                .append(" extends ComponentConfigurationPropertiesCommon {\n\n");
        javadoc(
                out,
                "    ",
                "Whether to enable auto configuration of the customerio-customers component. This is enabled by"
                        + " default.");
        out.append("    private Boolean enabled;\n\n");
        for (Option option : options) {
            javadoc(out, "    ", option.fullDescription());
            out.append("    private ")
                    .append(option.propertyType())
                    .append(' ')
                    .append(option.name())
                    .append(option.initializer())
                    .append(";\n\n");
        }
        accessors(out, "Boolean", "enabled", "Enabled");
        for (Option option : options) {
            accessors(out, option.propertyType(), option.name(), option.capitalized());
        }
        out.setLength(out.length() - 1);
        out.append("}\n");
        return out.toString();
    }

    String converterSource() {
        TreeSet<String> types = new TreeSet<>();
        options.stream().filter(Option::isBeanReference).forEach(option -> types.add(option.rawJavaType()));
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n").append(GENERATED).append('\n');
        out.append("import java.util.LinkedHashSet;\n");
        out.append("import java.util.Set;\n\n");
        out.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        out.append("import org.springframework.context.ApplicationContext;\n");
        out.append("import org.springframework.context.annotation.Configuration;\n");
        out.append("import org.springframework.core.convert.TypeDescriptor;\n");
        out.append("import org.springframework.core.convert.converter.GenericConverter;\n");
        out.append("import org.springframework.stereotype.Component;\n\n");
        javadoc(
                out,
                "",
                "Resolves a bean reference (#name or #bean:name) given to a " + PREFIX
                        + " property whose type is an object, the way Camel's own starters do.");
        out.append("@Configuration(proxyBeanMethods = false)\n");
        out.append("@ConfigurationPropertiesBinding\n");
        out.append("@Component\n");
        out.append("public class ").append(CONVERTER).append(" implements GenericConverter {\n\n");
        out.append("    private final ApplicationContext applicationContext;\n\n");
        out.append("    public ").append(CONVERTER).append("(ApplicationContext applicationContext) {\n");
        out.append("        this.applicationContext = applicationContext;\n");
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append("    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        out.append("        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n");
        for (String type : types) {
            out.append("        answer.add(new ConvertiblePair(String.class, ")
                    .append(type)
                    .append(".class));\n");
        }
        out.append("        return answer;\n");
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append(
                "    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        out.append("        if (source == null || !source.toString().startsWith(\"#\")) {\n");
        out.append("            return null;\n");
        out.append("        }\n");
        out.append("        String reference = source.toString();\n");
        out.append(
                "        String name = reference.startsWith(\"#bean:\") ? reference.substring(6) : reference.substring(1);\n");
        out.append("        return applicationContext.getBean(name, targetType.getType());\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static void accessors(StringBuilder out, String type, String name, String capitalized) {
        out.append("    public ")
                .append(type)
                .append(" get")
                .append(capitalized)
                .append("() {\n        return ")
                .append(name)
                .append(";\n    }\n\n");
        out.append("    public void set")
                .append(capitalized)
                .append('(')
                .append(type)
                .append(' ')
                .append(name)
                .append(") {\n        this.")
                .append(name)
                .append(" = ")
                .append(name)
                .append(";\n    }\n\n");
    }

    /** A Javadoc comment, words wrapped at {@link #LINE} columns. */
    private static void javadoc(StringBuilder out, String indent, String text) {
        // the configuration processor takes descriptions from the Javadoc as written, so only the end of a
        // comment needs escaping
        String escaped = text.replace("*/", "*&#47;");
        out.append(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split("\\s+")) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > LINE) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(indent).append(" * ").append(line).append('\n');
        out.append(indent).append(" */\n");
    }
}
