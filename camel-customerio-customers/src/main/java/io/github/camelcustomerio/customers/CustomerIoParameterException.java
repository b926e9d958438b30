package io.github.camelcustomerio.customers;

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

    /** "getSegment needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)". */
    public static CustomerIoParameterException missing(CustomerIoOperation operation, ApiParameter parameter) {
        return new CustomerIoParameterException(operation, parameter,
                operation.name() + " needs " + parameter.describe());
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
