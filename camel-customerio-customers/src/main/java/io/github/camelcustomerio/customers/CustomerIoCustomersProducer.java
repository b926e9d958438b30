package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.CustomerIoClient;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseReader;
import io.github.camelcustomerio.customers.paging.PageFetcher;
import io.github.camelcustomerio.customers.paging.PagedItems;
import io.github.camelcustomerio.customers.paging.ProgressLog;
import io.github.camelcustomerio.customers.request.Batches;
import io.github.camelcustomerio.customers.request.RequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Makes one App API call per message: the endpoint's operation (or the one in header
 * {@link CustomerIoCustomersConstants#OPERATION}), with parameters from headers, URI options and body. The JSON
 * answer becomes the body, as a Map or, with {@code rawJson}, as text; paged calls also set
 * {@link CustomerIoCustomersConstants#NEXT}. With {@code paginate}, paged calls answer a lazy Iterator over every
 * item of every page; id lists longer than the service takes are sent in batches and answered as one.
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
    public void process(Exchange exchange) throws JsonProcessingException {
        Message message = exchange.getMessage();
        CustomerIoOperation operation = operationOf(message);
        ApiRequest request = RequestFactory.create(
                operation, new ExchangeParameterSource(message, getEndpoint()::uriOption, operation));
        CustomerIoCustomersConfiguration configuration = getEndpoint().getConfiguration();
        CustomerIoClient client = getEndpoint().client();

        if (configuration.isPaginate() && operation.isPaged()) {
            message.setBody(new PagedItems(
                    new PageFetcher(client, request),
                    new ProgressLog(
                            operation.name() + " " + request.encodedPath(), configuration.getProgressLogInterval())));
            message.removeHeader(CustomerIoCustomersConstants.NEXT);
            return;
        }
        List<ApiRequest> batches = Batches.split(request);
        List<ApiResponse> responses = new ArrayList<>(batches.size());
        List<Map<String, Object>> answers = new ArrayList<>(batches.size());
        for (ApiRequest batch : batches) {
            ApiResponse response = client.send(batch);
            responses.add(response);
            answers.add(ResponseReader.readMap(operation, response));
        }
        Map<String, Object> answer = answers.contains(null) ? null : Batches.merge(request, answers);
        if (answer != null && configuration.isRawJson()) {
            message.setBody(
                    responses.size() == 1
                            ? responses.get(0).body().text()
                            : Json.mapper().writeValueAsString(answer));
        } else {
            message.setBody(answer);
        }
        if (operation.isPaged()) {
            Object next = answer == null ? null : answer.get(Pagination.NEXT_FIELD);
            if (next == null) {
                message.removeHeader(CustomerIoCustomersConstants.NEXT);
            } else {
                message.setHeader(CustomerIoCustomersConstants.NEXT, next.toString());
            }
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
}
