package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelcustomerio.customers.CustomerIoApiError;
import io.github.camelcustomerio.customers.CustomerIoApiException;
import io.github.camelcustomerio.customers.CustomerIoOperation;
import io.github.camelcustomerio.customers.CustomerIoTransportException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to one workspace over the shared {@link HttpTransport}: authentication, JSON bodies,
 * timeouts, and turning error answers into {@link CustomerIoApiException}s.
 */
public final class CustomerIoClient {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerIoClient.class);
    private static final ContentType JSON = ContentType.create("application/json");
    /** The answer headers worth keeping: what retries and error messages read. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_TYPE);

    private final HttpTransport transport;
    private final ClientSettings settings;
    private final RequestConfig requestConfig;

    @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints sharing one pool differ
    public CustomerIoClient(HttpTransport transport, ClientSettings settings) {
        this.transport = transport;
        this.settings = settings;
        this.requestConfig = RequestConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .build();
    }

    public ClientSettings settings() {
        return settings;
    }

    /**
     * Sends the request and answers the 2xx response; any other status becomes a {@link CustomerIoApiException},
     * an I/O failure a {@link CustomerIoTransportException}.
     */
    public ApiResponse send(ApiRequest request) {
        long started = System.nanoTime();
        ApiResponse response;
        try {
            response = transport.execute(toHttpRequest(request), this::read);
        } catch (IOException e) {
            throw new CustomerIoTransportException(request.operation(), 1,
                    request.operation().name() + " could not reach " + settings.baseUrl() + ": " + describe(e), e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} answered {} in {} ms", request.operation().name(), request,
                    response.status(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        if (!response.isSuccess()) {
            throw apiException(request.operation(), 1, response);
        }
        return response;
    }

    private HttpUriRequestBase toHttpRequest(ApiRequest request) throws JsonProcessingException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(),
                URI.create(settings.baseUrl() + request.pathAndQuery()));
        http.setConfig(requestConfig);
        http.setHeader(HttpHeaders.AUTHORIZATION, settings.apiKey().bearer());
        http.setHeader(HttpHeaders.ACCEPT, "application/json");
        http.setHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(Json.mapper().writeValueAsBytes(request.body()), JSON));
        }
        return http;
    }

    private ApiResponse read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Header header = response.getFirstHeader(name);
            if (header != null) {
                headers.put(name, header.getValue());
            }
        }
        String contentType = entity != null && entity.getContentType() != null
                ? entity.getContentType() : headers.get(HttpHeaders.CONTENT_TYPE);
        return new ApiResponse(response.getCode(), response.getReasonPhrase(), contentType, headers, body);
    }

    static CustomerIoApiException apiException(CustomerIoOperation operation, int attempts, ApiResponse response) {
        List<CustomerIoApiError> errors = ErrorList.parse(response);
        Long retryAfter = response.header(HttpHeaders.RETRY_AFTER).map(CustomerIoClient::seconds).orElse(null);
        return new CustomerIoApiException(operation, attempts, response.status(), response.reasonPhrase(), errors,
                response.bodyText(), retryAfter);
    }

    private static Long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            return null; // an HTTP-date: the service documents seconds only
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
