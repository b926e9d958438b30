package io.github.camelcustomerio.customers.api;

/**
 * Every parameter of the 21 App API calls, spelled once: the API's own name, the endpoint URI option (from which the
 * message header's name follows: {@code segmentId} is {@code CamelCustomerioCustomersSegmentId}) and the kind of
 * value. The operations in {@link CustomerIoOperation} say where each one goes.
 * <p>
 * Camel's annotation processing, which writes the component descriptor, cannot read this enum: it needs each URI
 * option as an annotated field of {@code CustomerIoCallParameters} and each header as an annotated constant of
 * {@code CustomerIoCustomersConstants}. Those two are the only other spellings, and a test fails when either
 * disagrees with this one.
 */
public enum ApiParameter {
    SEGMENT_ID("segment_id", "segmentId", ValueType.INT32),
    OBJECT_TYPE_ID("object_type_id", "objectTypeId", ValueType.INT32),
    OBJECT_ID("object_id", "objectId", ValueType.TEXT),
    ID_TYPE("id_type", "idType", ValueType.TEXT),
    CUSTOMER_ID("customer_id", "customerId", ValueType.TEXT),
    EMAIL("email", "email", ValueType.TEXT),
    IDS("ids", "ids", ValueType.ID_LIST),
    FILTER("filter", "filter", ValueType.JSON_OBJECT),
    SEGMENT("segment", "segment", ValueType.JSON_OBJECT),
    TYPE("type", "type", ValueType.TEXT),
    NAME("name", "name", ValueType.TEXT),
    START("start", "start", ValueType.TEXT),
    LIMIT("limit", "limit", ValueType.INT32),
    START_TS("start_ts", "startTs", ValueType.INT64),
    END_TS("end_ts", "endTs", ValueType.INT64),
    LANGUAGE("language", "language", ValueType.TEXT),
    ACCEPT_LANGUAGE("Accept-Language", "acceptLanguage", ValueType.TEXT);

    /** Every header of the component starts so: Camel's header filters treat Camel* headers as internal. */
    public static final String HEADER_PREFIX = "CamelCustomerioCustomers";

    private final String apiName;
    private final String uriOption;
    private final String header;
    private final ValueType type;

    ApiParameter(String apiName, String uriOption, ValueType type) {
        this.apiName = apiName;
        this.uriOption = uriOption;
        this.header = HEADER_PREFIX + Character.toUpperCase(uriOption.charAt(0)) + uriOption.substring(1);
        this.type = type;
    }

    /** The name the App API uses (path placeholder, query parameter, body member or HTTP header). */
    public String apiName() {
        return apiName;
    }

    /** The endpoint URI option that sets this parameter. */
    public String uriOption() {
        return uriOption;
    }

    /** The message header that sets this parameter for one exchange. */
    public String header() {
        return header;
    }

    public ValueType type() {
        return type;
    }

    /** "segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)": how errors name it. */
    public String describe() {
        return uriOption + " (URI option " + uriOption + " or header " + header + ")";
    }

    /**
     * "filter (URI option filter, header CamelCustomerioCustomersFilter or the message body)": how errors name an
     * object or array parameter that the operation also reads from the body.
     */
    public String describeWithBody() {
        return uriOption + " (URI option " + uriOption + ", header " + header + " or the message body)";
    }
}
