package io.github.camelcustomerio.customers.api;

import java.util.List;

/**
 * A call parameter is missing or malformed, or given as a URI option to an operation that does not take it. Raised
 * before any HTTP request is sent; the message names the operation, the parameter, its URI option and its header.
 */
public class CustomerIoParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    /** How much of a value an error message quotes. */
    public static final int QUOTED_LENGTH = 60;

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
        boolean fromBody = parameter.type().isStructured()
                && operation
                        .binding(parameter)
                        .filter(binding -> binding.location() == Location.BODY)
                        .isPresent();
        return new CustomerIoParameterException(
                operation,
                parameter,
                operation.name() + " needs " + (fromBody ? parameter.describeWithBody() : parameter.describe()));
    }

    /** "getSegment: segmentId (URI option ... or header ...) must be an integer; got 'abc'". */
    public static CustomerIoParameterException invalid(
            CustomerIoOperation operation, ApiParameter parameter, String violation) {
        return new CustomerIoParameterException(
                operation, parameter, operation.name() + ": " + parameter.describe() + " " + violation);
    }

    /**
     * "getSegment does not take email (URI option email or header CamelCustomerioCustomersEmail); the URI options of
     * its call parameters are: segmentId".
     */
    public static CustomerIoParameterException notTaken(CustomerIoOperation operation, ApiParameter parameter) {
        List<String> taken = operation.bindings().stream()
                .map(binding -> binding.parameter().uriOption())
                .toList();
        String takes = taken.isEmpty()
                ? "it takes no call parameters"
                : "the URI options of its call parameters are: " + String.join(", ", taken);
        return new CustomerIoParameterException(
                operation, parameter, operation.name() + " does not take " + parameter.describe() + "; " + takes);
    }

    /** A value in quotes for an error message; long ones cut, with their length, so that a message stays readable. */
    public static String quoted(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED_LENGTH
                ? "'" + text + "'"
                : "'" + text.substring(0, QUOTED_LENGTH) + "...' (" + text.length() + " characters)";
    }

    public CustomerIoOperation getOperation() {
        return operation;
    }

    public ApiParameter getParameter() {
        return parameter;
    }
}
