package io.github.camelcustomerio.customers.simulator.api;

import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * getPeopleEmail, getPeopleFilter, getPeopleById, getPersonAttributes, getPersonActivities,
 * getPersonMessages, getPersonRelationships, getPersonSegments.
 *
 * <p>getPersonActivities and getPersonMessages accept {@code start} and {@code limit}, but the
 * specification documents no {@code next} in their answers. The simulator answers {@code next} anyway (an encoded cursor, or
 * {@code ""} on the last page) so that {@code start} is usable; clients that ignore it are unaffected.
 */
final class PeopleEndpoints {

    private static final int MAX_IDS = 100;

    private final Workspace workspace;

    PeopleEndpoints(Workspace workspace) {
        this.workspace = workspace;
    }

    ApiResponse byEmail(ApiRequest request) {
        String email = request.query("email");
        if (email == null || email.isBlank()) {
            throw ApiException.invalidParameter("email", "email is required");
        }
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        workspace.peopleWithEmail(email).forEach(person -> results.add(WireFormat.personIdentifiers(person)));
        return ApiResponse.ok(body);
    }

    ApiResponse search(ApiRequest request) {
        int limit = request.limit();
        Cursor start = request.start();
        JsonNode filter = request.jsonBody().get("filter");
        if (filter == null || filter.isNull()) {
            throw ApiException.invalidBody("/filter", "filter is required");
        }
        Page<Person> page = workspace.searchPeople(PeopleFilter.parse(filter, "/filter"), start, limit);
        return ApiResponse.ok(PagedAnswer.of(page)
                .items("identifiers", WireFormat::personIdentifiers)
                .items("ids", WireFormat::personIdOrBlank)
                .withNext());
    }

    /** Profiles in the order the ids were asked for; ids that match nobody are skipped. */
    ApiResponse byIds(ApiRequest request) {
        IdType idType = PersonLookup.idType(request);
        JsonNode ids = request.jsonBody().get("ids");
        if (ids == null || !ids.isArray()) {
            throw ApiException.invalidBody("/ids", "ids is required and must be an array of strings");
        }
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw ApiException.invalidBody("/ids", "ids must hold 1 to " + MAX_IDS + " ids, not " + ids.size());
        }
        ObjectNode body = Json.object();
        ArrayNode customers = body.putArray("customers");
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isTextual() && !id.isIntegralNumber()) {
                throw ApiException.invalidBody("/ids/" + i, "ids must be strings");
            }
            workspace
                    .findPerson(idType, id.asText())
                    .ifPresent(person ->
                            customers.addObject().set("customer", WireFormat.customerProfile(person, id.asText())));
        }
        return ApiResponse.ok(body);
    }

    ApiResponse attributes(ApiRequest request) {
        Person person = PersonLookup.require(request, workspace);
        ObjectNode body = Json.object();
        body.set("customer", WireFormat.customerProfile(person, request.pathParameter("customer_id")));
        return ApiResponse.ok(body);
    }

    ApiResponse activities(ApiRequest request) {
        return personLog(
                request,
                PeopleEndpoints::activityFilter,
                workspace::activitiesPage,
                "activities",
                WireFormat::activity);
    }

    /** Messages created within {@code start_ts} and {@code end_ts} (both inclusive), newest first. */
    ApiResponse messages(ApiRequest request) {
        return personLog(
                request, PeopleEndpoints::messageFilter, workspace::messagesPage, "messages", WireFormat::message);
    }

    ApiResponse relationships(ApiRequest request) {
        int limit = request.limit();
        Cursor start = request.start();
        Person person = PersonLookup.require(request, workspace);
        Page<Relationship> page = workspace.relationshipsOfPerson(person, start, limit);
        return ApiResponse.ok(PagedAnswer.of(page)
                .items("cio_relationships", WireFormat::personRelationship)
                .withNext());
    }

    ApiResponse segments(ApiRequest request) {
        Person person = PersonLookup.require(request, workspace);
        ObjectNode body = Json.object();
        ArrayNode segments = body.putArray("segments");
        workspace.segmentsOf(person).forEach(segment -> segments.add(WireFormat.segmentSummary(segment)));
        return ApiResponse.ok(body);
    }

    /** One page of a person's activities or messages, read as both are: the kind's query filter, the person, the page. */
    private <T> ApiResponse personLog(
            ApiRequest request,
            Function<ApiRequest, Predicate<T>> filterOf,
            LogPages<T> pages,
            String field,
            BiFunction<T, Person, JsonNode> render) {
        int limit = request.limit();
        Cursor start = request.start();
        Predicate<T> filter = filterOf.apply(request);
        Person person = PersonLookup.require(request, workspace);
        Page<T> page = pages.page(person, filter, start, limit);
        return ApiResponse.ok(PagedAnswer.of(page)
                .items(field, entry -> render.apply(entry, person))
                .withNext());
    }

    /** The {@code type} and {@code name} filters of getPersonActivities. */
    private static Predicate<Activity> activityFilter(ApiRequest request) {
        String type = request.query("type");
        if (type != null && !Activity.isKnownType(type)) {
            throw ApiException.invalidParameter("type", "unknown activity type '" + type + "'");
        }
        String name = request.query("name");
        return activity -> (type == null || activity.type().equals(type)) && (name == null || hasName(activity, name));
    }

    /** The {@code name} filter: the event or screen name, or the changed attribute of attribute changes. */
    private static boolean hasName(Activity activity, String wanted) {
        if (wanted.equals(activity.name())) {
            return true;
        }
        return activity.type().endsWith("attribute_change")
                && activity.data() instanceof Map<?, ?> changes
                && changes.containsKey(wanted);
    }

    /** The {@code start_ts} and {@code end_ts} filters of getPersonMessages. */
    private static Predicate<Message> messageFilter(ApiRequest request) {
        OptionalLong from = request.longQuery("start_ts");
        OptionalLong to = request.longQuery("end_ts");
        return message -> (from.isEmpty() || message.created() >= from.getAsLong())
                && (to.isEmpty() || message.created() <= to.getAsLong());
    }

    /** Where a kind of log is read a page at a time. */
    @FunctionalInterface
    private interface LogPages<T> {
        Page<T> page(Person person, Predicate<T> filter, Cursor after, int limit);
    }
}
