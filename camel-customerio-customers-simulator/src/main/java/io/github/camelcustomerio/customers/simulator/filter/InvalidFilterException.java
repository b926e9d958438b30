package io.github.camelcustomerio.customers.simulator.filter;

/** A people or object filter that does not follow the App API's filter grammar. */
public class InvalidFilterException extends IllegalArgumentException {

    private final String pointer;
    private final String detail;

    public InvalidFilterException(String pointer, String detail) {
        super(detail + " (at " + pointer + ")");
        this.pointer = pointer;
        this.detail = detail;
    }

    /** JSON pointer into the request body where the problem is, for example {@code /filter/and/0/attribute/operator}. */
    public String pointer() {
        return pointer;
    }

    /** The problem, without the pointer. */
    public String detail() {
        return detail;
    }
}
