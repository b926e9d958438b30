package io.github.camelcustomerio.customers.simulator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request the simulator received, for assertions.
 *
 * @param method   HTTP method
 * @param path     percent-decoded path, for example {@code /v1/customers/ana@acme.test/attributes}
 * @param rawPath  path as received, for example {@code /v1/customers/ana%40acme.test/attributes}
 * @param rawQuery query as received, or {@code null} when there was none
 * @param query    decoded query parameters (the first value of each)
 * @param headers  request headers; look-ups ignore case
 * @param body     request body as UTF-8 text, {@code ""} when none
 * @param status   the status answered; 0 when no response was sent (a dropped connection, or still in progress)
 */
public record RecordedRequest(
        String method,
        String path,
        String rawPath,
        String rawQuery,
        Map<String, String> query,
        Map<String, List<String>> headers,
        String body,
        int status) {

    public RecordedRequest {
        query = Map.copyOf(query);
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? "" : body;
    }

    /** The first value of a header, ignoring the name's case, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
