package io.github.camelcustomerio.customers;

import io.github.camelcustomerio.customers.request.Location;

/**
 * A call parameter is missing or malformed. Raised before any HTTP request is sent; the message names the
 * operation, the parameter, its URI option and its header.
 */
public class CustomerIoParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient CustomerIoOperation operation;
    private final transient ApiParameter parameter;

    private CustomerIoParameterException(CustomerIoOperation operation, ApiParameter parameter, String message) {
        super(message);
        this.operation = operation;
        this.parameter = parameter;
    }

    /**
     * "getSegment needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"; for the object
     * and array parameters the operation reads from the body, "getPeopleFilter needs filter (URI option filter, header
     * CamelCustomerioCustomersFilter or the message body)".
     */
    public static CustomerIoParameterException missing(CustomerIoOperation operation, ApiParameter parameter) {
        boolean fromBody = parameter.type().isStructured() && operation.binding(parameter)
                .filter(binding -> binding.location() == Location.BODY).isPresent();
        return new CustomerIoParameterException(operation, parameter,
                operation.name() + " needs " + (fromBody ? parameter.describeWithBody() : parameter.describe()));
    }

    /** "getSegment: segmentId (URI option ... or header ...) must be an integer; got 'abc'". */
    public static CustomerIoParameterException invalid(
            CustomerIoOperation operation, ApiParameter parameter, String violation) {
        return new CustomerIoParameterException(operation, parameter,
                operation.name() + ": " + parameter.describe() + " " + violation);
    }

    public CustomerIoOperation getOperation() {
        return operation;
    }

    public ApiParameter getParameter() {
        return parameter;
    }
}
