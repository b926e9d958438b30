package io.github.camelcustomerio.customers.simulator;

import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import java.util.regex.Pattern;

/** Finds the person a {@code customer_id} path parameter names, read according to {@code id_type}. */
final class PersonLookup {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    private PersonLookup() {
    }

    /** The person, 400 for a bad {@code id_type} or a phone number not in E.164 form, 404 when unknown. */
    static Person require(ApiRequest request, Workspace workspace) {
        IdType idType = request.personIdType();
        String customerId = request.pathParameter("customer_id");
        if (idType == IdType.PHONE && !E164.matcher(customerId).matches()) {
            throw ApiException.invalidParameter("customer_id",
                    "a phone number must be in E.164 form such as +14155552671, with + encoded as %2B");
        }
        return workspace.findPerson(idType, customerId)
                .orElseThrow(() -> ApiException.notFound("customer not found"));
    }
}
