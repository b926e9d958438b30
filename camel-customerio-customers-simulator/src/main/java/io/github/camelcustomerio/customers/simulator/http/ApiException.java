package io.github.camelcustomerio.customers.simulator.http;

import java.util.List;
import java.util.Map;

/** An error answer: thrown by operation handlers and turned into an {@code ErrorList} response. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient List<ApiError> errors;
    private final transient Map<String, String> headers;

    ApiException(int status, List<ApiError> errors, Map<String, String> headers) {
        super(errors.get(0).detail(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    private static ApiException single(int status, String detail, String code, String pointer, String parameter) {
        return new ApiException(
                status, List.of(new ApiError(Integer.toString(status), detail, code, pointer, parameter)), Map.of());
    }

    public static ApiException badRequest(String detail) {
        return single(400, detail, "invalid_request", null, null);
    }

    public static ApiException invalidJson(String detail) {
        return single(400, detail, "invalid_json", "", null);
    }

    /** A problem inside the request body, located by a JSON pointer such as {@code /filter}. */
    public static ApiException invalidBody(String pointer, String detail) {
        return single(400, detail, "invalid_param", pointer, null);
    }

    public static ApiException invalidParameter(String parameter, String detail) {
        return single(400, detail, "invalid_param", null, parameter);
    }

    public static ApiException notFound(String detail) {
        return single(404, detail, "not_found", null, null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(
                401,
                List.of(new ApiError("401", detail, "unauthorized", null, null)),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException methodNotAllowed(String allowedMethods) {
        return new ApiException(
                405,
                List.of(new ApiError(
                        "405", "method not allowed; use " + allowedMethods, "method_not_allowed", null, null)),
                Map.of("Allow", allowedMethods));
    }

    public static ApiException internalError(String detail) {
        return single(500, detail, "internal_error", null, null);
    }

    /** The slim {@code {"errors":[{"detail","status"}]}} shape of getSubscriptionCenterToken. */
    public static ApiException withoutCode(int status, String detail) {
        return single(status, detail, null, null, null);
    }

    int status() {
        return status;
    }

    List<ApiError> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }
}
