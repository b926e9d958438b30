package io.github.camelcustomerio.customers;

import java.io.InputStream;

import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Location;
import io.github.camelcustomerio.customers.request.BodyParameters;
import io.github.camelcustomerio.customers.request.ParameterSource;
import io.github.camelcustomerio.customers.request.ValueConverter;
import org.apache.camel.Message;

/**
 * The call parameters of one message: its header first, then the endpoint's URI option, then the message body for
 * body parameters. The body is only read when a body parameter is given neither way.
 */
final class ExchangeParameterSource implements ParameterSource {

    private final Message message;
    private final ParameterSource uriOptions;
    private final CustomerIoOperation operation;
    private BodyParameters body;

    ExchangeParameterSource(Message message, ParameterSource uriOptions, CustomerIoOperation operation) {
        this.message = message;
        this.uriOptions = uriOptions;
        this.operation = operation;
    }

    @Override
    public Object value(ApiParameter parameter) {
        Object header = message.getHeader(parameter.header());
        if (!ValueConverter.isAbsent(header)) {
            return header;
        }
        Object option = uriOptions.value(parameter);
        if (!ValueConverter.isAbsent(option)) {
            return option;
        }
        return isBodyParameter(parameter) ? body().value(parameter).orElse(null) : null;
    }

    private boolean isBodyParameter(ApiParameter parameter) {
        return operation
                .binding(parameter)
                .filter(binding -> binding.location() == Location.BODY)
                .isPresent();
    }

    private BodyParameters body() {
        if (body == null) {
            Object content = message.getBody();
            if (content instanceof InputStream) {
                // read once and keep the bytes, so that a failed call leaves the message as it came
                content = message.getBody(byte[].class);
                message.setBody(content);
            }
            body = BodyParameters.read(operation, content);
        }
        return body;
    }
}
