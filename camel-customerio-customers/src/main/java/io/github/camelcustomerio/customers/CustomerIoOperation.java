package io.github.camelcustomerio.customers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.camelcustomerio.customers.request.Binding;
import io.github.camelcustomerio.customers.request.ItemKind;
import io.github.camelcustomerio.customers.request.Paging;

import static io.github.camelcustomerio.customers.ApiParameter.ACCEPT_LANGUAGE;
import static io.github.camelcustomerio.customers.ApiParameter.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.ApiParameter.EMAIL;
import static io.github.camelcustomerio.customers.ApiParameter.END_TS;
import static io.github.camelcustomerio.customers.ApiParameter.FILTER;
import static io.github.camelcustomerio.customers.ApiParameter.IDS;
import static io.github.camelcustomerio.customers.ApiParameter.ID_TYPE;
import static io.github.camelcustomerio.customers.ApiParameter.LANGUAGE;
import static io.github.camelcustomerio.customers.ApiParameter.LIMIT;
import static io.github.camelcustomerio.customers.ApiParameter.NAME;
import static io.github.camelcustomerio.customers.ApiParameter.OBJECT_ID;
import static io.github.camelcustomerio.customers.ApiParameter.OBJECT_TYPE_ID;
import static io.github.camelcustomerio.customers.ApiParameter.SEGMENT;
import static io.github.camelcustomerio.customers.ApiParameter.SEGMENT_ID;
import static io.github.camelcustomerio.customers.ApiParameter.START;
import static io.github.camelcustomerio.customers.ApiParameter.START_TS;
import static io.github.camelcustomerio.customers.ApiParameter.TYPE;
import static io.github.camelcustomerio.customers.request.Binding.body;
import static io.github.camelcustomerio.customers.request.Binding.header;
import static io.github.camelcustomerio.customers.request.Binding.path;
import static io.github.camelcustomerio.customers.request.Binding.query;
import static io.github.camelcustomerio.customers.request.Constraint.between;
import static io.github.camelcustomerio.customers.request.Constraint.filterWithOneOf;
import static io.github.camelcustomerio.customers.request.Constraint.hasText;
import static io.github.camelcustomerio.customers.request.Constraint.notEmpty;
import static io.github.camelcustomerio.customers.request.Constraint.oneOf;

/**
 * The 21 Customer.io App API calls, as data: method, path template, parameters and paging. One mechanism
 * ({@link io.github.camelcustomerio.customers.request.RequestFactory}) turns an entry plus the values a route
 * supplies into a validated HTTP request; adding a call means adding an entry here.
 */
public enum CustomerIoOperation {

    createManSegment("POST", "/v1/segments", Effect.WRITE, null,
            body(SEGMENT).required().must(hasText("name"))),
    deleteManSegment("DELETE", "/v1/segments/{segment_id}", Effect.IDEMPOTENT_WRITE, null,
            path(SEGMENT_ID)),
    getChannels("GET", "/v1/subscription_channels", Effect.READ, null),
    getObjectAttributes("GET", "/v1/objects/{object_type_id}/{object_id}/attributes", Effect.READ, null,
            path(OBJECT_TYPE_ID), path(OBJECT_ID), objectIdType()),
    getObjectRelationships("GET", "/v1/objects/{object_type_id}/{object_id}/relationships", Effect.READ,
            new Paging("cio_relationships", ItemKind.RELATED_PERSON, 0, 0),
            path(OBJECT_TYPE_ID), path(OBJECT_ID), objectIdType(), query(START), query(LIMIT)),
    getObjectTypes("GET", "/v1/object_types", Effect.READ, null),
    getObjectsFilter("POST", "/v1/objects", Effect.READ, new Paging("identifiers", ItemKind.OBJECT, 0, 0),
            query(START), query(LIMIT),
            body(OBJECT_TYPE_ID).required().asTextInBody(),
            body(FILTER).required().must(filterWithOneOf("and", "or", "not", "object_attribute"))),
    getPeopleById("POST", "/v1/customers/attributes", Effect.READ, null,
            personIdType(), body(IDS).required().must(notEmpty()).inBatchesOf(100, "customers")),
    getPeopleEmail("GET", "/v1/customers", Effect.READ, null,
            query(EMAIL).required()),
    getPeopleFilter("POST", "/v1/customers", Effect.READ, new Paging("identifiers", ItemKind.PERSON, 50, 1000),
            query(START), query(LIMIT),
            body(FILTER).required().must(filterWithOneOf("and", "or", "not", "segment", "attribute"))),
    getPersonActivities("GET", "/v1/customers/{customer_id}/activities", Effect.READ,
            new Paging("activities", ItemKind.ACTIVITY, 10, 100),
            path(CUSTOMER_ID), personIdType(), query(START), query(LIMIT), query(TYPE), query(NAME)),
    getPersonAttributes("GET", "/v1/customers/{customer_id}/attributes", Effect.READ, null,
            path(CUSTOMER_ID), personIdType()),
    getPersonMessages("GET", "/v1/customers/{customer_id}/messages", Effect.READ,
            new Paging("messages", ItemKind.MESSAGE, 50, 1000),
            path(CUSTOMER_ID), personIdType(), query(START), query(LIMIT), query(START_TS), query(END_TS)),
    getPersonRelationships("GET", "/v1/customers/{customer_id}/relationships", Effect.READ,
            new Paging("cio_relationships", ItemKind.RELATED_OBJECT, 0, 0),
            path(CUSTOMER_ID), personIdType(), query(START), query(LIMIT)),
    getPersonSegments("GET", "/v1/customers/{customer_id}/segments", Effect.READ, null,
            path(CUSTOMER_ID), personIdType()),
    getPersonSubscriptionPreferences("GET", "/v1/customers/{customer_id}/subscription_preferences", Effect.READ,
            null,
            path(CUSTOMER_ID), personIdType(), query(LANGUAGE), header(ACCEPT_LANGUAGE)),
    getSegment("GET", "/v1/segments/{segment_id}", Effect.READ, null,
            path(SEGMENT_ID)),
    getSegmentCount("GET", "/v1/segments/{segment_id}/customer_count", Effect.READ, null,
            path(SEGMENT_ID)),
    getSegmentDependencies("GET", "/v1/segments/{segment_id}/used_by", Effect.READ, null,
            path(SEGMENT_ID)),
    getSegmentMembership("GET", "/v1/segments/{segment_id}/membership", Effect.READ,
            new Paging("identifiers", ItemKind.PERSON, 1000, 30000),
            path(SEGMENT_ID), query(START), query(LIMIT)),
    getSubscriptionCenterToken("GET", "/v1/subscription_center/{customer_id}/token", Effect.READ, null,
            path(CUSTOMER_ID));

    /** What a call does to the workspace, which decides when a failed attempt may be sent again. */
    public enum Effect {
        /** Reads only (including the read-only POST searches): always safe to repeat. */
        READ,
        /** Changes state, but repeating it changes nothing more (delete). */
        IDEMPOTENT_WRITE,
        /** Changes state on every call (create): repeat only when the service provably did not act. */
        WRITE
    }

    /** Every operation name, comma-separated, for the catalog and for error messages. */
    public static final String NAMES = "createManSegment,deleteManSegment,getChannels,getObjectAttributes,"
                                       + "getObjectRelationships,getObjectTypes,getObjectsFilter,getPeopleById,"
                                       + "getPeopleEmail,getPeopleFilter,getPersonActivities,getPersonAttributes,"
                                       + "getPersonMessages,getPersonRelationships,getPersonSegments,"
                                       + "getPersonSubscriptionPreferences,getSegment,getSegmentCount,"
                                       + "getSegmentDependencies,getSegmentMembership,getSubscriptionCenterToken";

    private final String method;
    private final String pathTemplate;
    private final Effect effect;
    private final Paging paging;
    private final List<Binding> bindings;

    CustomerIoOperation(String method, String pathTemplate, Effect effect, Paging paging, Binding... bindings) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.effect = effect;
        this.paging = paging;
        this.bindings = Arrays.stream(bindings).map(this::withPageSizeBounds).toList();
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
    public Optional<Paging> paging() {
        return Optional.ofNullable(paging);
    }

    public boolean isPaged() {
        return paging != null;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public Optional<Binding> binding(ApiParameter parameter) {
        return bindings.stream().filter(b -> b.parameter() == parameter).findFirst();
    }

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
        CustomerIoOperation closest = closestTo(given);
        throw new IllegalArgumentException(
                "Unknown Customer.io operation '" + given + "'. Did you mean '" + closest.name() + "'? Valid operations: "
                                           + NAMES.replace(",", ", "));
    }

    private static CustomerIoOperation closestTo(String name) {
        String wanted = comparable(name);
        return Arrays.stream(values())
                .min(Comparator.comparingInt((CustomerIoOperation op) -> editDistance(comparable(op.name()), wanted)))
                .orElseThrow();
    }

    /** Drops case, underscores and dashes so that snake_case, kebab-case and camelCase spellings compare equal. */
    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
