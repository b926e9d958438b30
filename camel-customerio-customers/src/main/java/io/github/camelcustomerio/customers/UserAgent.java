package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent the component sends: its name and version, Camel's version and Java's. */
final class UserAgent {

    private static final String COMPONENT_VERSION = componentVersion();

    private UserAgent() {}

    static String of(String camelVersion) {
        return "camel-customerio-customers/" + COMPONENT_VERSION + " Apache-Camel/" + camelVersion + " Java/"
                + Runtime.version().feature();
    }

    private static String componentVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
