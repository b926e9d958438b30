package io.github.camelcustomerio.customers.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcustomerio.customers.simulator.filter.ObjectFilter;
import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.ObjectIdType;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * getObjectTypes, getObjectAttributes, getObjectRelationships, getObjectsFilter.
 *
 * <p>The specification documents no 404 for these operations; an unknown object type or object is answered 404
 * with an {@code ErrorList} anyway, as the other operations do for unknown people and segments.
 */
final class ObjectEndpoints {

    private final Workspace workspace;

    ObjectEndpoints(Workspace workspace) {
        this.workspace = workspace;
    }

    ApiResponse types(ApiRequest request) {
        ObjectNode body = Json.object();
        ArrayNode types = body.putArray("types");
        workspace.objectTypes().forEach(type -> types.add(WireFormat.objectType(type)));
        return ApiResponse.ok(body);
    }

    ApiResponse attributes(ApiRequest request) {
        ObjectIdType idType = idType(request);
        ObjectNode body = Json.object();
        body.set("object", WireFormat.objectAttributes(requireObject(request, idType)));
        return ApiResponse.ok(body);
    }

    ApiResponse relationships(ApiRequest request) {
        ObjectIdType idType = idType(request);
        int limit = request.limit();
        Cursor start = request.start();
        CustomerObject object = requireObject(request, idType);
        ObjectType type = requireType(object.objectTypeId());
        Page<Person> page = workspace.peopleRelatedTo(object, start, limit);
        return ApiResponse.ok(PagedAnswer.of(page)
                .items("cio_relationships", person -> WireFormat.objectRelationship(person, type))
                .withNext());
    }

    ApiResponse search(ApiRequest request) {
        int limit = request.limit();
        Cursor start = request.start();
        JsonNode body = request.jsonBody();
        JsonNode typeId = body.get("object_type_id");
        if (typeId == null
                || !(typeId.isTextual() || typeId.isIntegralNumber())
                || !typeId.asText().matches("\\d{1,9}")) {
            throw ApiException.invalidBody(
                    "/object_type_id",
                    "object_type_id is required and must be a string-formatted integer such as \"1\"");
        }
        JsonNode filter = body.get("filter");
        if (filter == null || filter.isNull()) {
            throw ApiException.invalidBody("/filter", "filter is required");
        }
        ObjectFilter parsed = ObjectFilter.parse(filter, "/filter", typeId.asText());
        int objectTypeId = Integer.parseInt(typeId.asText());
        requireType(objectTypeId);
        Page<CustomerObject> page = workspace.searchObjects(objectTypeId, parsed, start, limit);
        return ApiResponse.ok(PagedAnswer.of(page)
                .items("identifiers", WireFormat::objectIdentifiers)
                .items("ids", object -> TextNode.valueOf(object.objectId()))
                .withNext());
    }

    /** How {@code object_id} identifies the object; {@code object_id} when absent. */
    private static ObjectIdType idType(ApiRequest request) {
        String value = request.query("id_type");
        if (value == null) {
            return ObjectIdType.OBJECT_ID;
        }
        return ObjectIdType.fromWireName(value)
                .orElseThrow(() -> ApiException.invalidParameter(
                        "id_type", "id_type must be object_id or cio_object_id, not '" + value + "'"));
    }

    private CustomerObject requireObject(ApiRequest request, ObjectIdType idType) {
        int objectTypeId = request.intPathParameter("object_type_id");
        requireType(objectTypeId);
        String objectId = request.pathParameter("object_id");
        return workspace
                .findObject(objectTypeId, idType, objectId)
                .orElseThrow(
                        () -> ApiException.notFound("object " + objectId + " of type " + objectTypeId + " not found"));
    }

    private ObjectType requireType(int objectTypeId) {
        return workspace
                .objectType(objectTypeId)
                .orElseThrow(() -> ApiException.notFound("object type " + objectTypeId + " not found"));
    }
}
