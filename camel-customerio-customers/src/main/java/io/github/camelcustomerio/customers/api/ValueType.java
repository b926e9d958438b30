package io.github.camelcustomerio.customers.api;

/**
 * The kinds of value an API parameter takes. Each converts whatever a route hands over (a header of any type, a URI
 * option, a body) into the one canonical form the request is built from, or says why it cannot.
 */
public enum ValueType {

    /** A 32-bit integer: Integer, Long, Short, BigInteger or text such as "7"; never a fraction. */
    INT32("an integer"),
    /** A 64-bit integer, such as a unix timestamp in seconds. */
    INT64("an integer"),
    /** Text: any CharSequence, number or enum, trimmed. */
    TEXT("text"),
    /** A list of ids: a List, Set, array, JSON array text or comma-separated text; each entry becomes text. */
    ID_LIST("a list of ids"),
    /** A JSON object: a Map, a POJO, a Jackson node, or JSON text / bytes. */
    JSON_OBJECT("a JSON object");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** How error messages call this kind of value, e.g. "an integer". */
    public String description() {
        return description;
    }

    /** Whether values of this type may also come from the message body. */
    public boolean isStructured() {
        return this == ID_LIST || this == JSON_OBJECT;
    }
}
