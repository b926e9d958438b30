package io.github.camelcustomerio.customers.simulator.api;

import java.util.regex.Pattern;

import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/** Finds the person a {@code customer_id} path parameter names, read according to {@code id_type}. */
final class PersonLookup {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    private PersonLookup() {}

    /** The person, 400 for a bad {@code id_type} or a phone number not in E.164 form, 404 when unknown. */
    static Person require(ApiRequest request, Workspace workspace) {
        IdType idType = idType(request);
        String customerId = request.pathParameter("customer_id");
        if (idType == IdType.PHONE && !E164.matcher(customerId).matches()) {
            throw ApiException.invalidParameter(
                    "customer_id", "a phone number must be in E.164 form such as +14155552671, with + encoded as %2B");
        }
        return workspace.findPerson(idType, customerId).orElseThrow(() -> ApiException.notFound("customer not found"));
    }

    /** How {@code customer_id} identifies the person; {@code id} when absent, 400 when not one of the four types. */
    static IdType idType(ApiRequest request) {
        String value = request.query("id_type");
        if (value == null) {
            return IdType.ID;
        }
        return IdType.fromWireName(value)
                .orElseThrow(() -> ApiException.invalidParameter(
                        "id_type", "id_type must be one of id, email, phone, cio_id, not '" + value + "'"));
    }
}
