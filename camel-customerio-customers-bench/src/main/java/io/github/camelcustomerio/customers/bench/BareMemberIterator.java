package io.github.camelcustomerio.customers.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * The bare walk of a segment's membership as a lazy Iterator, for Camel's splitter: Apache HttpClient 5 and Jackson's
 * streaming parser, one page's answer open at a time, a Map built for each member only when it is asked for.
 */
final class BareMemberIterator implements Iterator<Object> {

    private final CloseableHttpClient client;
    private final ObjectMapper mapper;
    private final ObjectReader itemReader;
    private final String membership;
    private final String apiKey;

    private ClassicHttpResponse response;
    private JsonParser parser;
    private String next;
    private boolean started;
    private Object ahead;

    BareMemberIterator(
            CloseableHttpClient client, ObjectMapper mapper, String baseUrl, String apiKey, int segment, int pageSize) {
        this.client = client;
        this.mapper = mapper;
        this.itemReader = mapper.readerFor(Map.class);
        this.membership = membership(baseUrl, segment, pageSize);
        this.apiKey = apiKey;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ahead != null;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object item = ahead;
        ahead = null;
        return item;
    }

    /** The next member, reading the next page when this one is done; null after the last page. */
    private Object advance() throws IOException {
        while (true) {
            if (parser == null) {
                if (started && (next == null || next.isEmpty())) {
                    return null;
                }
                openPage();
            }
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                return itemReader.readValue(parser);
            }
            finishPage();
        }
    }

    /** The first page's URL of a segment's membership, pages of {@code pageSize}. */
    static String membership(String baseUrl, int segment, int pageSize) {
        return baseUrl + "/v1/segments/" + segment + "/membership?limit=" + pageSize;
    }

    /** The bare request for the page at {@code next} (null: the first page), as a hand-written client sends it. */
    static HttpGet pageRequest(String membership, String apiKey, String next) {
        HttpGet get = new HttpGet(
                membership + (next == null ? "" : "&start=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        get.setHeader("Authorization", "Bearer " + apiKey);
        get.setHeader("Accept", "application/json");
        return get;
    }

    /** Asks for the next page and reads its answer up to the first member. */
    private void openPage() throws IOException {
        HttpGet get = pageRequest(membership, apiKey, next);
        started = true;
        next = null;
        response = client.executeOpen(null, get, null);
        if (response.getCode() != 200) {
            response.close();
            throw new IOException("HTTP " + response.getCode());
        }
        parser = mapper.createParser(response.getEntity().getContent());
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a JSON object");
        }
        if (!readFieldsUntilIdentifiers()) {
            throw new IOException("no identifiers");
        }
    }

    /** Reads the fields after the members (the next cursor), then closes the page's answer. */
    private void finishPage() throws IOException {
        readFieldsUntilIdentifiers();
        parser.close();
        parser = null;
        response.close();
        response = null;
    }

    /** Reads fields, keeping the next cursor, until the members' array opens (true) or the object ends (false). */
    private boolean readFieldsUntilIdentifiers() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("identifiers") && value == JsonToken.START_ARRAY) {
                return true;
            } else if (field.equals("next") && value.isScalarValue()) {
                next = value == JsonToken.VALUE_NULL ? null : parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }
}
