package io.github.camelcustomerio.customers.api;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.camelcustomerio.customers.api.ApiParameter.ACCEPT_LANGUAGE;
import static io.github.camelcustomerio.customers.api.ApiParameter.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.api.ApiParameter.EMAIL;
import static io.github.camelcustomerio.customers.api.ApiParameter.END_TS;
import static io.github.camelcustomerio.customers.api.ApiParameter.FILTER;
import static io.github.camelcustomerio.customers.api.ApiParameter.IDS;
import static io.github.camelcustomerio.customers.api.ApiParameter.ID_TYPE;
import static io.github.camelcustomerio.customers.api.ApiParameter.LANGUAGE;
import static io.github.camelcustomerio.customers.api.ApiParameter.LIMIT;
import static io.github.camelcustomerio.customers.api.ApiParameter.NAME;
import static io.github.camelcustomerio.customers.api.ApiParameter.OBJECT_ID;
import static io.github.camelcustomerio.customers.api.ApiParameter.OBJECT_TYPE_ID;
import static io.github.camelcustomerio.customers.api.ApiParameter.SEGMENT;
import static io.github.camelcustomerio.customers.api.ApiParameter.SEGMENT_ID;
import static io.github.camelcustomerio.customers.api.ApiParameter.START;
import static io.github.camelcustomerio.customers.api.ApiParameter.START_TS;
import static io.github.camelcustomerio.customers.api.ApiParameter.TYPE;
import static io.github.camelcustomerio.customers.api.Binding.body;
import static io.github.camelcustomerio.customers.api.Binding.header;
import static io.github.camelcustomerio.customers.api.Binding.path;
import static io.github.camelcustomerio.customers.api.Binding.query;
import static io.github.camelcustomerio.customers.api.Constraint.between;
import static io.github.camelcustomerio.customers.api.Constraint.filterWithOneOf;
import static io.github.camelcustomerio.customers.api.Constraint.hasText;
import static io.github.camelcustomerio.customers.api.Constraint.notEmpty;
import static io.github.camelcustomerio.customers.api.Constraint.oneOf;

/**
 * The 21 Customer.io App API calls, as data: method, path template, parameters and paging. One mechanism
 * ({@link io.github.camelcustomerio.customers.request.RequestFactory}) turns an entry plus the values a route
 * supplies into a validated HTTP request; adding a call means adding an entry here.
 */
public enum CustomerIoOperation {
    createManSegment(
            "POST", "/v1/segments", Effect.WRITE, null, body(SEGMENT).required().must(hasText("name"))),
    deleteManSegment("DELETE", "/v1/segments/{segment_id}", Effect.IDEMPOTENT_WRITE, null, path(SEGMENT_ID)),
    getChannels("GET", "/v1/subscription_channels", Effect.READ, null),
    getObjectAttributes(
            "GET",
            "/v1/objects/{object_type_id}/{object_id}/attributes",
            Effect.READ,
            null,
            path(OBJECT_TYPE_ID),
            path(OBJECT_ID),
            objectIdType()),
    getObjectRelationships(
            "GET",
            "/v1/objects/{object_type_id}/{object_id}/relationships",
            Effect.READ,
            new Pagination("cio_relationships", ItemKind.RELATED_PERSON, 0, 0),
            path(OBJECT_TYPE_ID),
            path(OBJECT_ID),
            objectIdType(),
            query(START),
            query(LIMIT)),
    getObjectTypes("GET", "/v1/object_types", Effect.READ, null),
    getObjectsFilter(
            "POST",
            "/v1/objects",
            Effect.READ,
            new Pagination("identifiers", ItemKind.OBJECT, 0, 0),
            query(START),
            query(LIMIT),
            body(OBJECT_TYPE_ID).required().asTextInBody(),
            body(FILTER).required().must(filterWithOneOf("and", "or", "not", "object_attribute"))),
    getPeopleById(
            "POST",
            "/v1/customers/attributes",
            Effect.READ,
            null,
            personIdType(),
            body(IDS).required().must(notEmpty()).inBatchesOf(100, "customers")),
    getPeopleEmail("GET", "/v1/customers", Effect.READ, null, query(EMAIL).required()),
    getPeopleFilter(
            "POST",
            "/v1/customers",
            Effect.READ,
            new Pagination("identifiers", ItemKind.PERSON, 50, 1000),
            query(START),
            query(LIMIT),
            body(FILTER).required().must(filterWithOneOf("and", "or", "not", "segment", "attribute"))),
    getPersonActivities(
            "GET",
            "/v1/customers/{customer_id}/activities",
            Effect.READ,
            new Pagination("activities", ItemKind.ACTIVITY, 10, 100),
            path(CUSTOMER_ID),
            personIdType(),
            query(START),
            query(LIMIT),
            query(TYPE),
            query(NAME)),
    getPersonAttributes(
            "GET", "/v1/customers/{customer_id}/attributes", Effect.READ, null, path(CUSTOMER_ID), personIdType()),
    getPersonMessages(
            "GET",
            "/v1/customers/{customer_id}/messages",
            Effect.READ,
            new Pagination("messages", ItemKind.MESSAGE, 50, 1000),
            path(CUSTOMER_ID),
            personIdType(),
            query(START),
            query(LIMIT),
            query(START_TS),
            query(END_TS)),
    getPersonRelationships(
            "GET",
            "/v1/customers/{customer_id}/relationships",
            Effect.READ,
            new Pagination("cio_relationships", ItemKind.RELATED_OBJECT, 0, 0),
            path(CUSTOMER_ID),
            personIdType(),
            query(START),
            query(LIMIT)),
    getPersonSegments(
            "GET", "/v1/customers/{customer_id}/segments", Effect.READ, null, path(CUSTOMER_ID), personIdType()),
    getPersonSubscriptionPreferences(
            "GET",
            "/v1/customers/{customer_id}/subscription_preferences",
            Effect.READ,
            null,
            path(CUSTOMER_ID),
            personIdType(),
            query(LANGUAGE),
            header(ACCEPT_LANGUAGE)),
    getSegment("GET", "/v1/segments/{segment_id}", Effect.READ, null, path(SEGMENT_ID)),
    getSegmentCount("GET", "/v1/segments/{segment_id}/customer_count", Effect.READ, null, path(SEGMENT_ID)),
    getSegmentDependencies("GET", "/v1/segments/{segment_id}/used_by", Effect.READ, null, path(SEGMENT_ID)),
    getSegmentMembership(
            "GET",
            "/v1/segments/{segment_id}/membership",
            Effect.READ,
            new Pagination("identifiers", ItemKind.PERSON, 1000, 30000),
            path(SEGMENT_ID),
            query(START),
            query(LIMIT)),
    getSubscriptionCenterToken(
            "GET", "/v1/subscription_center/{customer_id}/token", Effect.READ, null, path(CUSTOMER_ID));

    /** What a call does to the workspace, which decides when a failed attempt may be sent again. */
    public enum Effect {
        /** Reads only (including the read-only POST searches): always safe to repeat. */
        READ,
        /** Changes state, but repeating it changes nothing more (delete). */
        IDEMPOTENT_WRITE,
        /** Changes state on every call (create): repeat only when the service provably did not act. */
        WRITE
    }

    private final String method;
    private final String pathTemplate;
    private final Effect effect;
    private final Pagination paging;
    private final List<Binding> bindings;
    /** The same bindings by parameter: looked up for every parameter of every call. */
    private final Map<ApiParameter, Binding> bindingsByParameter = new EnumMap<>(ApiParameter.class);

    CustomerIoOperation(String method, String pathTemplate, Effect effect, Pagination paging, Binding... bindings) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.effect = effect;
        this.paging = paging;
        this.bindings = Arrays.stream(bindings).map(this::withPageSizeBounds).toList();
        this.bindings.forEach(binding -> bindingsByParameter.put(binding.parameter(), binding));
    }

    /** The page size must lie within the documented bounds: 1 up to the maximum, where one is documented. */
    private Binding withPageSizeBounds(Binding binding) {
        return binding.parameter() == LIMIT ? binding.must(between(1, paging.maxLimit())) : binding;
    }

    private static Binding personIdType() {
        return query(ID_TYPE).must(oneOf("id", "email", "phone", "cio_id"));
    }

    private static Binding objectIdType() {
        return query(ID_TYPE).must(oneOf("object_id", "cio_object_id"));
    }

    public String method() {
        return method;
    }

    /** The path with {@code {api_name}} placeholders, e.g. {@code /v1/segments/{segment_id}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    public Effect effect() {
        return effect;
    }

    /** The paging metadata, empty for calls that answer in one piece. */
    public Optional<Pagination> paging() {
        return Optional.ofNullable(paging);
    }

    public boolean isPaged() {
        return paging != null;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public Optional<Binding> binding(ApiParameter parameter) {
        return Optional.ofNullable(bindingsByParameter.get(parameter));
    }

    /** The longest name compared with the operations' for a suggestion: three times the longest of them. */
    private static final int LONGEST_NAME_COMPARED = 100;

    /**
     * Looks an operation up by its exact name, failing with the list of valid names and the closest match
     * ({@code get_segment_membership} and {@code GetSegment} point at the right one).
     */
    public static CustomerIoOperation fromName(String name) {
        if (name != null) {
            for (CustomerIoOperation operation : values()) {
                if (operation.name().equals(name)) {
                    return operation;
                }
            }
        }
        String given = name == null ? "" : name;
        List<String> names = Arrays.stream(values()).map(Enum::name).toList();
        if (given.length() > LONGEST_NAME_COMPARED) {
            // comparing a header of megabytes with each name would cost seconds, and the message as many megabytes
            throw new IllegalArgumentException("Unknown Customer.io operation '"
                    + given.substring(0, LONGEST_NAME_COMPARED) + "...' (" + given.length() + " characters)."
                    + " Valid operations: " + String.join(", ", names));
        }
        throw new IllegalArgumentException("Unknown Customer.io operation '" + given + "'. Did you mean '"
                + NameSuggestion.closest(given, names) + "'? Valid operations: " + String.join(", ", names));
    }
}
