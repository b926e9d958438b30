package io.github.camelcustomerio.customers.springboot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Applies the {@code camel.component.customerio-customers.*} properties to the component when Camel creates it, the
 * way Camel's own starters do: through a {@link ComponentCustomizer}, so that {@code camel.component.customizer.enabled}
 * and {@code camel.component.customerio-customers.enabled} switch it off as they do for every Camel starter.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, CustomerIoCustomersComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, CustomerIoCustomersComponentConfiguration.class
})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.customerio-customers"})
public class CustomerIoCustomersComponentAutoConfiguration {

    private static final String SCHEME = "customerio-customers";

    @Lazy
    @Bean
    public ComponentCustomizer configureCustomerIoCustomersComponent(
            ApplicationContext applicationContext,
            CamelContext camelContext,
            CustomerIoCustomersComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                PropertyBindingSupport.build()
                        .withCamelContext(camelContext)
                        .withTarget(target)
                        .withConfigurer(target.getComponentPropertyConfigurer())
                        .withProperties(componentOptions(camelContext, configuration))
                        .withMandatory(true)
                        .withRemoveParameters(false)
                        .bind();
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(
                                applicationContext,
                                "camel.component.customizer",
                                "camel.component.customerio-customers.customizer")
                        // the properties are those of the component named customerio-customers: a second one,
                        // a bean of another name for another workspace, keeps the configuration it was given
                        && target instanceof CustomerIoCustomersComponent
                        && SCHEME.equals(name);
            }
        };
    }

    /** Lets our Kamelets find their properties in application.properties, as Camel documents them. */
    @Bean
    public CamelContextConfiguration customerIoCustomersKameletProperties(ConfigurableEnvironment environment) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                camelContext.getPropertiesComponent().addPropertiesSource(new KameletPropertiesFromSpring(environment));
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {}
        };
    }

    /**
     * The properties that are set, by component option name. Spring has already converted and checked them; durations
     * are handed over as text in milliseconds, the unit of every duration option of the component, which Camel
     * converts to the option's own type (a Duration, a long or an int).
     */
    static Map<String, Object> componentOptions(
            CamelContext camelContext, CustomerIoCustomersComponentConfiguration configuration) {
        Map<String, Object> read = new LinkedHashMap<>();
        PluginHelper.getBeanIntrospection(camelContext).getProperties(configuration, read, null, false);
        read.remove("enabled");
        read.remove("customizer");
        Map<String, Object> options = new LinkedHashMap<>();
        read.forEach(
                (name, value) -> options.put(name, value instanceof Duration d ? String.valueOf(d.toMillis()) : value));
        return options;
    }
}
