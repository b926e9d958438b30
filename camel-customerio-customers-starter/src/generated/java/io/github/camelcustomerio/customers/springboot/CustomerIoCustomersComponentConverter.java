package io.github.camelcustomerio.customers.springboot;

// Generated from the component's descriptor by StarterSourcesTest (-Dstarter.update=true): do not edit.

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

/**
 * Resolves a bean reference (#name or #bean:name) given to a camel.component.customerio-customers
 * property whose type is an object, the way Camel's own starters do.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
@Component
public class CustomerIoCustomersComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public CustomerIoCustomersComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, io.github.camelcustomerio.customers.CustomerIoCustomersConfiguration.class));
        answer.add(new ConvertiblePair(String.class, org.apache.camel.component.http.HttpClientConfigurer.class));
        answer.add(new ConvertiblePair(String.class, org.apache.camel.spi.StateRepository.class));
        answer.add(new ConvertiblePair(String.class, org.apache.camel.support.jsse.SSLContextParameters.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || !source.toString().startsWith("#")) {
            return null;
        }
        String reference = source.toString();
        String name = reference.startsWith("#bean:") ? reference.substring(6) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
