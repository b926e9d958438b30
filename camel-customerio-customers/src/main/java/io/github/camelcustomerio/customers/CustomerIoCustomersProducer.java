package io.github.camelcustomerio.customers;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.client.AnswerReader;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.request.Paging;
import io.github.camelcustomerio.customers.request.RequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Makes one App API call per message: the endpoint's operation (or the one in header
 * {@link CustomerIoCustomersConstants#OPERATION}), with parameters from headers, URI options and body. The JSON
 * answer becomes the body, as a Map or, with {@code rawJson}, as text; paged calls also set
 * {@link CustomerIoCustomersConstants#NEXT}.
 */
public class CustomerIoCustomersProducer extends DefaultProducer {

    public CustomerIoCustomersProducer(CustomerIoCustomersEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CustomerIoCustomersEndpoint getEndpoint() {
        return (CustomerIoCustomersEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        CustomerIoOperation operation = operationOf(message);
        ApiRequest request = RequestFactory.create(operation,
                new ExchangeParameterSource(message, getEndpoint().getParameters(), operation));
        ApiResponse response = getEndpoint().client().send(request);
        Object body;
        Object next;
        if (getEndpoint().getConfiguration().isRawJson()) {
            JsonNode answer = AnswerReader.readTree(operation, response);
            body = answer == null ? null : response.bodyText();
            next = answer == null ? null : answer.get(Paging.NEXT_FIELD);
        } else {
            Map<String, Object> answer = AnswerReader.readMap(operation, response);
            body = answer;
            next = answer == null ? null : answer.get(Paging.NEXT_FIELD);
        }
        message.setBody(body);
        if (operation.isPaged()) {
            setNext(message, next);
        }
    }

    private CustomerIoOperation operationOf(Message message) {
        Object override = message.getHeader(CustomerIoCustomersConstants.OPERATION);
        if (override instanceof CustomerIoOperation operation) {
            return operation;
        }
        if (override != null && !override.toString().isBlank()) {
            return CustomerIoOperation.fromName(override.toString().trim());
        }
        return getEndpoint().getOperation();
    }

    private static void setNext(Message message, Object next) {
        if (next instanceof JsonNode node) {
            next = node.isNull() ? null : node.asText();
        }
        if (next == null) {
            message.removeHeader(CustomerIoCustomersConstants.NEXT);
        } else {
            message.setHeader(CustomerIoCustomersConstants.NEXT, next.toString());
        }
    }
}
