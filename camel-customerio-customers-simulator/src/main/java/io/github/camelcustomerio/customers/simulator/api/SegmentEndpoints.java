package io.github.camelcustomerio.customers.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentType;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/** createManSegment, deleteManSegment, getSegment, getSegmentCount, getSegmentDependencies, getSegmentMembership. */
final class SegmentEndpoints {

    private final Workspace workspace;

    SegmentEndpoints(Workspace workspace) {
        this.workspace = workspace;
    }

    ApiResponse create(ApiRequest request) {
        JsonNode segment = request.jsonBody().get("segment");
        if (segment == null || !segment.isObject()) {
            throw ApiException.invalidBody("/segment", "segment is required and must be an object");
        }
        JsonNode name = segment.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw ApiException.invalidBody("/segment/name", "segment.name is required and must be a non-empty string");
        }
        JsonNode description = segment.get("description");
        if (description != null && !description.isNull() && !description.isTextual()) {
            throw ApiException.invalidBody("/segment/description", "segment.description must be a string");
        }
        Segment created = workspace.createManualSegment(
                name.asText(), description == null || description.isNull() ? "" : description.asText());
        return ApiResponse.ok(wrap("segment", WireFormat.segment(created)));
    }

    /**
     * Deletes a manual segment. The specification documents 404 as the only error; a dynamic segment is answered
     * 404 too, since this operation only knows manual segments.
     */
    ApiResponse delete(ApiRequest request) {
        int segmentId = request.intPathParameter("segment_id");
        Segment segment = requireSegment(segmentId);
        if (segment.type() != SegmentType.MANUAL) {
            throw ApiException.notFound(
                    "manual segment " + segmentId + " not found (segment " + segmentId + " is dynamic)");
        }
        if (!workspace.deleteSegment(segmentId)) {
            throw segmentNotFound(segmentId);
        }
        return ApiResponse.noContent();
    }

    ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(
                wrap("segment", WireFormat.segment(requireSegment(request.intPathParameter("segment_id")))));
    }

    ApiResponse count(ApiRequest request) {
        int segmentId = request.intPathParameter("segment_id");
        long count = workspace.countMembers(segmentId).orElseThrow(() -> segmentNotFound(segmentId));
        return ApiResponse.ok(Json.object().put("segment_id", segmentId).put("count", count));
    }

    ApiResponse dependencies(ApiRequest request) {
        return ApiResponse.ok(WireFormat.segmentUsage(requireSegment(request.intPathParameter("segment_id"))));
    }

    /** The "email or id" variant: {@code segment_id}, {@code ids}, {@code identifiers}, {@code next}. */
    ApiResponse membership(ApiRequest request) {
        int segmentId = request.intPathParameter("segment_id");
        int limit = request.limit();
        Cursor start = request.start();
        Page<Person> page =
                workspace.membersPage(segmentId, start, limit).orElseThrow(() -> segmentNotFound(segmentId));
        return ApiResponse.ok(PagedAnswer.of(page, Json.object().put("segment_id", segmentId))
                .items("ids", WireFormat::personIdOrBlank)
                .items("identifiers", WireFormat::personIdentifiers)
                .withNext());
    }

    private Segment requireSegment(int segmentId) {
        return workspace.segment(segmentId).orElseThrow(() -> segmentNotFound(segmentId));
    }

    private static ApiException segmentNotFound(int segmentId) {
        return ApiException.notFound("segment " + segmentId + " not found");
    }

    private static ObjectNode wrap(String name, JsonNode value) {
        ObjectNode body = Json.object();
        body.set(name, value);
        return body;
    }
}
