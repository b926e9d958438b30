package io.github.camelcustomerio.customers.simulator.http;

import io.github.camelcustomerio.customers.simulator.paging.PageLimits;

/**
 * The 21 App API operations the simulator serves: method, path, paging limits and whether the per-second
 * rate limit applies.
 *
 * <p>The specification gives page limits for four operations only. For getPersonRelationships,
 * getObjectsFilter and getObjectRelationships the simulator chooses default 50 and maximum 1000, the
 * values of the similar people search.
 */
public enum Operation {
    CREATE_MAN_SEGMENT("createManSegment", "POST", "/v1/segments", null),
    DELETE_MAN_SEGMENT("deleteManSegment", "DELETE", "/v1/segments/{segment_id}", null),
    GET_CHANNELS("getChannels", "GET", "/v1/subscription_channels", null),
    GET_OBJECT_ATTRIBUTES("getObjectAttributes", "GET", "/v1/objects/{object_type_id}/{object_id}/attributes", null),
    GET_OBJECT_RELATIONSHIPS(
            "getObjectRelationships",
            "GET",
            "/v1/objects/{object_type_id}/{object_id}/relationships",
            new PageLimits(50, 1000)),
    GET_OBJECT_TYPES("getObjectTypes", "GET", "/v1/object_types", null),
    GET_OBJECTS_FILTER("getObjectsFilter", "POST", "/v1/objects", new PageLimits(50, 1000)),
    GET_PEOPLE_BY_ID("getPeopleById", "POST", "/v1/customers/attributes", null),
    GET_PEOPLE_EMAIL("getPeopleEmail", "GET", "/v1/customers", null),
    GET_PEOPLE_FILTER("getPeopleFilter", "POST", "/v1/customers", new PageLimits(50, 1000)),
    GET_PERSON_ACTIVITIES(
            "getPersonActivities", "GET", "/v1/customers/{customer_id}/activities", new PageLimits(10, 100)),
    GET_PERSON_ATTRIBUTES("getPersonAttributes", "GET", "/v1/customers/{customer_id}/attributes", null),
    GET_PERSON_MESSAGES("getPersonMessages", "GET", "/v1/customers/{customer_id}/messages", new PageLimits(50, 1000)),
    GET_PERSON_RELATIONSHIPS(
            "getPersonRelationships", "GET", "/v1/customers/{customer_id}/relationships", new PageLimits(50, 1000)),
    GET_PERSON_SEGMENTS("getPersonSegments", "GET", "/v1/customers/{customer_id}/segments", null),
    GET_PERSON_SUBSCRIPTION_PREFERENCES(
            "getPersonSubscriptionPreferences", "GET", "/v1/customers/{customer_id}/subscription_preferences", null),
    GET_SEGMENT("getSegment", "GET", "/v1/segments/{segment_id}", null),
    GET_SEGMENT_COUNT("getSegmentCount", "GET", "/v1/segments/{segment_id}/customer_count", null),
    GET_SEGMENT_DEPENDENCIES("getSegmentDependencies", "GET", "/v1/segments/{segment_id}/used_by", null),
    GET_SEGMENT_MEMBERSHIP(
            "getSegmentMembership", "GET", "/v1/segments/{segment_id}/membership", new PageLimits(1000, 30000)),
    // The specification lists no 429 for this operation, so it is exempt from the per-second limit.
    GET_SUBSCRIPTION_CENTER_TOKEN(
            "getSubscriptionCenterToken", "GET", "/v1/subscription_center/{customer_id}/token", null, false);

    private final String operationId;
    private final String method;
    private final PathTemplate path;
    private final PageLimits pageLimits;
    private final boolean rateLimited;

    Operation(String operationId, String method, String path, PageLimits pageLimits) {
        this(operationId, method, path, pageLimits, true);
    }

    Operation(String operationId, String method, String path, PageLimits pageLimits, boolean rateLimited) {
        this.operationId = operationId;
        this.method = method;
        this.path = new PathTemplate(path);
        this.pageLimits = pageLimits;
        this.rateLimited = rateLimited;
    }

    public String operationId() {
        return operationId;
    }

    String method() {
        return method;
    }

    PathTemplate path() {
        return path;
    }

    /** The paging limits, or {@code null} for operations that are not paged. */
    PageLimits pageLimits() {
        return pageLimits;
    }

    public boolean rateLimited() {
        return rateLimited;
    }
}
