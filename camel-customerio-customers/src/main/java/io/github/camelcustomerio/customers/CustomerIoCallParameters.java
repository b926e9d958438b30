package io.github.camelcustomerio.customers;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The App API call parameters as endpoint URI options. Each one can also be given per message by its header
 * (which wins), and the object and array parameters by the message body (which comes last). The fields mirror
 * {@link io.github.camelcustomerio.customers.api.ApiParameter}, as Camel's annotation processing needs them; the
 * endpoint reads them by option name through the generated configurer, and a test checks that both agree.
 */
@UriParams
public class CustomerIoCallParameters {

    @UriParam(label = "parameter")
    private Integer segmentId;

    @UriParam(label = "parameter")
    private Integer objectTypeId;

    @UriParam(label = "parameter")
    private String objectId;

    @UriParam(label = "parameter", enums = "id,email,phone,cio_id,object_id,cio_object_id")
    private String idType;

    @UriParam(label = "parameter")
    private String customerId;

    @UriParam(label = "parameter")
    private String email;

    @UriParam(label = "parameter")
    private String ids;

    @UriParam(label = "parameter")
    private String filter;

    @UriParam(label = "parameter")
    private String segment;

    @UriParam(label = "parameter")
    private String type;

    @UriParam(label = "parameter")
    private String name;

    @UriParam(label = "parameter")
    private String start;

    @UriParam(label = "parameter")
    private Integer limit;

    @UriParam(label = "parameter")
    private Long startTs;

    @UriParam(label = "parameter")
    private Long endTs;

    @UriParam(label = "parameter")
    private String language;

    @UriParam(label = "parameter")
    private String acceptLanguage;

    public Integer getSegmentId() {
        return segmentId;
    }

    /** The segment id (API parameter segment_id). */
    public void setSegmentId(Integer segmentId) {
        this.segmentId = segmentId;
    }

    public Integer getObjectTypeId() {
        return objectTypeId;
    }

    /** The object type id (API parameter object_type_id), e.g. 1 for the first object type created. */
    public void setObjectTypeId(Integer objectTypeId) {
        this.objectTypeId = objectTypeId;
    }

    public String getObjectId() {
        return objectId;
    }

    /** The object id (API parameter object_id), read as idType says. */
    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getIdType() {
        return idType;
    }

    /**
     * How customerId or objectId is read (API parameter id_type): id (default), email, phone or cio_id for people;
     * object_id (default) or cio_object_id for objects.
     */
    public void setIdType(String idType) {
        this.idType = idType;
    }

    public String getCustomerId() {
        return customerId;
    }

    /** The person (API parameter customer_id): their id, or the email, phone or cio_id that idType names. */
    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getEmail() {
        return email;
    }

    /** The email address to look people up by (API parameter email, getPeopleEmail). */
    public void setEmail(String email) {
        this.email = email;
    }

    public String getIds() {
        return ids;
    }

    /** The people to fetch (API parameter ids, getPeopleById), comma-separated. */
    public void setIds(String ids) {
        this.ids = ids;
    }

    public String getFilter() {
        return filter;
    }

    /** The people or object filter as JSON text (API parameter filter), e.g. {"segment":{"id":7}}. */
    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSegment() {
        return segment;
    }

    /** The manual segment to create as JSON text (API parameter segment), e.g. {"name":"VIP"}. */
    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getType() {
        return type;
    }

    /** The activity type to list (API parameter type), e.g. attribute_change or event. */
    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    /** The event or attribute name to list activities for (API parameter name). */
    public void setName(String name) {
        this.name = name;
    }

    public String getStart() {
        return start;
    }

    /** The page cursor to start from (API parameter start): the next value of a previous page. */
    public void setStart(String start) {
        this.start = start;
    }

    public Integer getLimit() {
        return limit;
    }

    /**
     * The page size (API parameter limit). Bounds: getSegmentMembership up to 30000 (service default 1000),
     * getPeopleFilter and getPersonMessages up to 1000 (default 50), getPersonActivities up to 100 (default 10). When
     * unset, a consumer and paginate=true ask for the maximum (1000 for relationships and objects search, whose
     * maximum is not documented); a one-page producer call leaves the service's default.
     */
    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Long getStartTs() {
        return startTs;
    }

    /** The beginning of the message time window in unix seconds (API parameter start_ts). */
    public void setStartTs(Long startTs) {
        this.startTs = startTs;
    }

    public Long getEndTs() {
        return endTs;
    }

    /** The end of the message time window in unix seconds (API parameter end_ts). */
    public void setEndTs(Long endTs) {
        this.endTs = endTs;
    }

    public String getLanguage() {
        return language;
    }

    /** The language of the subscription preferences' texts (API parameter language), e.g. fr. */
    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAcceptLanguage() {
        return acceptLanguage;
    }

    /** The Accept-Language HTTP header sent with getPersonSubscriptionPreferences, e.g. fr-FR. */
    public void setAcceptLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }
}
