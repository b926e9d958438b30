package io.github.camelcustomerio.customers;

import org.apache.camel.spi.Metadata;

/**
 * The message headers the component reads and writes. A call parameter given as a header wins over the same
 * endpoint URI option, for that message only.
 */
public final class CustomerIoCustomersConstants {

    @Metadata(
            description = "The operation to perform for this message, overriding the endpoint's operation.",
            javaType = "io.github.camelcustomerio.customers.api.CustomerIoOperation")
    public static final String OPERATION = "CamelCustomerioCustomersOperation";

    @Metadata(label = "producer", description = "The segment id (API parameter segment_id).", javaType = "Integer")
    public static final String SEGMENT_ID = "CamelCustomerioCustomersSegmentId";

    @Metadata(
            label = "producer",
            description = "The object type id (API parameter object_type_id).",
            javaType = "Integer")
    public static final String OBJECT_TYPE_ID = "CamelCustomerioCustomersObjectTypeId";

    @Metadata(
            label = "producer",
            description = "The object id (API parameter object_id), read as idType says.",
            javaType = "String")
    public static final String OBJECT_ID = "CamelCustomerioCustomersObjectId";

    @Metadata(
            label = "producer",
            description = "How customerId or objectId is read (API parameter id_type): id, email, phone or cio_id"
                    + " for people; object_id or cio_object_id for objects.",
            javaType = "String")
    public static final String ID_TYPE = "CamelCustomerioCustomersIdType";

    @Metadata(
            label = "producer",
            description = "The person (API parameter customer_id), read as idType says.",
            javaType = "String")
    public static final String CUSTOMER_ID = "CamelCustomerioCustomersCustomerId";

    @Metadata(
            label = "producer",
            description = "The email address to look people up by (API parameter email).",
            javaType = "String")
    public static final String EMAIL = "CamelCustomerioCustomersEmail";

    @Metadata(
            label = "producer",
            description = "The people to fetch (API parameter ids): a List, an array or comma-separated text.",
            javaType = "java.util.List<String>")
    public static final String IDS = "CamelCustomerioCustomersIds";

    @Metadata(
            label = "producer",
            description = "The people or object filter (API parameter filter): a Map, a POJO or JSON text.",
            javaType = "Object")
    public static final String FILTER = "CamelCustomerioCustomersFilter";

    @Metadata(
            label = "producer",
            description = "The manual segment to create (API parameter segment), e.g. {\"name\":\"VIP\"}: a Map,"
                    + " a POJO or JSON text.",
            javaType = "Object")
    public static final String SEGMENT = "CamelCustomerioCustomersSegment";

    @Metadata(label = "producer", description = "The activity type to list (API parameter type).", javaType = "String")
    public static final String TYPE = "CamelCustomerioCustomersType";

    @Metadata(
            label = "producer",
            description = "The event or attribute name to list activities for (API parameter name).",
            javaType = "String")
    public static final String NAME = "CamelCustomerioCustomersName";

    @Metadata(
            label = "producer",
            description = "The page cursor to start from (API parameter start).",
            javaType = "String")
    public static final String START = "CamelCustomerioCustomersStart";

    @Metadata(label = "producer", description = "The page size (API parameter limit).", javaType = "Integer")
    public static final String LIMIT = "CamelCustomerioCustomersLimit";

    @Metadata(
            label = "producer",
            description = "The beginning of the message time window, unix seconds (API parameter start_ts).",
            javaType = "Long")
    public static final String START_TS = "CamelCustomerioCustomersStartTs";

    @Metadata(
            label = "producer",
            description = "The end of the message time window, unix seconds (API parameter end_ts).",
            javaType = "Long")
    public static final String END_TS = "CamelCustomerioCustomersEndTs";

    @Metadata(
            label = "producer",
            description = "The language of the subscription preferences' texts (API parameter language).",
            javaType = "String")
    public static final String LANGUAGE = "CamelCustomerioCustomersLanguage";

    @Metadata(
            label = "producer",
            description = "The Accept-Language HTTP header for the subscription preferences' texts.",
            javaType = "String")
    public static final String ACCEPT_LANGUAGE = "CamelCustomerioCustomersAcceptLanguage";

    @Metadata(
            description = "The cursor of the next page of a paged answer (producer) or of the page after the one the"
                    + " item came from (consumer); absent or empty on the last page.",
            javaType = "String")
    public static final String NEXT = "CamelCustomerioCustomersNext";

    @Metadata(
            label = "consumer",
            description = "The paged operation the consumer polled for this item (distinct from the operation"
                    + " header, so that a producer later in the route is not redirected by it).",
            javaType = "io.github.camelcustomerio.customers.api.CustomerIoOperation")
    public static final String POLLED_OPERATION = "CamelCustomerioCustomersPolledOperation";

    @Metadata(
            label = "consumer",
            description = "The cursor of the page the item came from (null for the first page): send it as start to"
                    + " read that page again.",
            javaType = "String")
    public static final String PAGE_CURSOR = "CamelCustomerioCustomersPageCursor";

    @Metadata(
            label = "consumer",
            description = "In changes mode, what happened to the member: joined or left.",
            javaType = "io.github.camelcustomerio.customers.consumer.Change")
    public static final String CHANGE = "CamelCustomerioCustomersChange";

    private CustomerIoCustomersConstants() {}
}
