package io.github.camelcustomerio.customers;

import io.github.camelcustomerio.customers.request.ValueType;

/**
 * Every parameter of the 21 App API calls, with the three names a user meets: the API's own name, the endpoint URI
 * option and the message header. The operations in {@link CustomerIoOperation} say where each one goes.
 */
public enum ApiParameter {

    SEGMENT_ID("segment_id", "segmentId", CustomerIoCustomersConstants.SEGMENT_ID, ValueType.INT32),
    OBJECT_TYPE_ID("object_type_id", "objectTypeId", CustomerIoCustomersConstants.OBJECT_TYPE_ID, ValueType.INT32),
    OBJECT_ID("object_id", "objectId", CustomerIoCustomersConstants.OBJECT_ID, ValueType.TEXT),
    ID_TYPE("id_type", "idType", CustomerIoCustomersConstants.ID_TYPE, ValueType.TEXT),
    CUSTOMER_ID("customer_id", "customerId", CustomerIoCustomersConstants.CUSTOMER_ID, ValueType.TEXT),
    EMAIL("email", "email", CustomerIoCustomersConstants.EMAIL, ValueType.TEXT),
    IDS("ids", "ids", CustomerIoCustomersConstants.IDS, ValueType.ID_LIST),
    FILTER("filter", "filter", CustomerIoCustomersConstants.FILTER, ValueType.JSON_OBJECT),
    SEGMENT("segment", "segment", CustomerIoCustomersConstants.SEGMENT, ValueType.JSON_OBJECT),
    TYPE("type", "type", CustomerIoCustomersConstants.TYPE, ValueType.TEXT),
    NAME("name", "name", CustomerIoCustomersConstants.NAME, ValueType.TEXT),
    START("start", "start", CustomerIoCustomersConstants.START, ValueType.TEXT),
    LIMIT("limit", "limit", CustomerIoCustomersConstants.LIMIT, ValueType.INT32),
    START_TS("start_ts", "startTs", CustomerIoCustomersConstants.START_TS, ValueType.INT64),
    END_TS("end_ts", "endTs", CustomerIoCustomersConstants.END_TS, ValueType.INT64),
    LANGUAGE("language", "language", CustomerIoCustomersConstants.LANGUAGE, ValueType.TEXT),
    ACCEPT_LANGUAGE("Accept-Language", "acceptLanguage", CustomerIoCustomersConstants.ACCEPT_LANGUAGE, ValueType.TEXT);

    private final String apiName;
    private final String uriOption;
    private final String header;
    private final ValueType type;

    ApiParameter(String apiName, String uriOption, String header, ValueType type) {
        this.apiName = apiName;
        this.uriOption = uriOption;
        this.header = header;
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
