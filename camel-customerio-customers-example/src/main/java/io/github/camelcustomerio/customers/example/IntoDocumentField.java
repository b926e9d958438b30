package io.github.camelcustomerio.customers.example;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * For {@code enrich}: stores part of a call's answer in a field of the document being built, which is the body of
 * the original exchange (a Map). The part is found by following keys through the answer, e.g. customer, attributes.
 */
public final class IntoDocumentField implements AggregationStrategy {

    private final String field;
    private final List<String> path;

    private IntoDocumentField(String field, List<String> path) {
        this.field = field;
        this.path = path;
    }

    /** Stores the part of the answer found at {@code path} (the whole answer when empty) under {@code field}. */
    public static IntoDocumentField field(String field, String... path) {
        return new IntoDocumentField(field, List.of(path));
    }

    @Override
    public Exchange aggregate(Exchange document, Exchange call) {
        if (call.getException() != null) {
            document.setException(call.getException());
            return document;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = document.getMessage().getMandatoryBody(Map.class);
            fields.put(field, part(call.getMessage().getBody()));
        } catch (InvalidPayloadException e) {
            document.setException(e);
        }
        return document;
    }

    private Object part(Object answer) {
        Object value = answer;
        for (String key : path) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        // with paginate=true a paged call answers an Iterator over every page: the document holds all of them
        if (value instanceof Iterator<?> items) {
            List<Object> all = new ArrayList<>();
            items.forEachRemaining(all::add);
            return all;
        }
        return value;
    }
}
