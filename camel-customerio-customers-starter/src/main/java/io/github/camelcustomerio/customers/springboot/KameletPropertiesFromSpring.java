package io.github.camelcustomerio.customers.springboot;

import java.util.Properties;
import java.util.function.Predicate;

import org.apache.camel.spi.LoadablePropertiesSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Our Kamelets' properties ({@code camel.kamelet.customerio-customers-source.apiKey}, ...) from Spring's environment.
 * Camel finds a Kamelet's properties by listing the properties under its prefix, and only property sources that can
 * be listed take part; in Spring Boot, Camel reads Spring's environment one name at a time, so without this source a
 * Kamelet property written in application.properties is never found ("mandatory parameters must be provided").
 */
final class KameletPropertiesFromSpring implements LoadablePropertiesSource {

    /** The start of the names of our two Kamelets' properties. */
    static final String PREFIX = "camel.kamelet.customerio-customers-";

    private final ConfigurableEnvironment environment;

    KameletPropertiesFromSpring(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public String getName() {
        return "customerio-customers Kamelet properties from the Spring environment";
    }

    @Override
    public String getProperty(String name) {
        return name.startsWith(PREFIX) ? environment.getProperty(name) : null;
    }

    @Override
    public Properties loadProperties() {
        return loadProperties(name -> true);
    }

    /** Values are resolved by the environment, so that a ${...} placeholder in a property is replaced. */
    @Override
    public Properties loadProperties(Predicate<String> filter) {
        Properties answer = new Properties();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(PREFIX) && filter.test(name) && !answer.containsKey(name)) {
                        String value = environment.getProperty(name);
                        if (value != null) {
                            answer.setProperty(name, value);
                        }
                    }
                }
            }
        }
        return answer;
    }

    @Override
    public void reloadProperties(String location) {
        // nothing is cached: every load reads the environment
    }
}
