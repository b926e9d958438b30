package io.github.camelcustomerio.customers.api;

import java.util.ArrayList;
import java.util.List;

/**
 * How one operation uses one parameter: where it goes, whether it is required and what it must satisfy.
 */
public final class Binding {

    private final ApiParameter parameter;
    private final Location location;
    private final boolean required;
    private final List<Constraint> constraints;
    private final boolean textInBody;
    private final int batchSize;
    private final String batchedAnswerField;

    private Binding(
            ApiParameter parameter,
            Location location,
            boolean required,
            List<Constraint> constraints,
            boolean textInBody,
            int batchSize,
            String batchedAnswerField) {
        this.parameter = parameter;
        this.location = location;
        this.required = required;
        this.constraints = List.copyOf(constraints);
        this.textInBody = textInBody;
        this.batchSize = batchSize;
        this.batchedAnswerField = batchedAnswerField;
    }

    private Binding(ApiParameter parameter, Location location) {
        this(parameter, location, false, List.of(), false, 0, null);
    }

    /** A path placeholder: always required. */
    public static Binding path(ApiParameter parameter) {
        return new Binding(parameter, Location.PATH).required();
    }

    public static Binding query(ApiParameter parameter) {
        return new Binding(parameter, Location.QUERY);
    }

    public static Binding body(ApiParameter parameter) {
        return new Binding(parameter, Location.BODY);
    }

    public static Binding header(ApiParameter parameter) {
        return new Binding(parameter, Location.HEADER);
    }

    public Binding required() {
        return new Binding(parameter, location, true, constraints, textInBody, batchSize, batchedAnswerField);
    }

    public Binding must(Constraint constraint) {
        List<Constraint> all = new ArrayList<>(constraints);
        all.add(constraint);
        return new Binding(parameter, location, required, all, textInBody, batchSize, batchedAnswerField);
    }

    /** Sends an integer as JSON text in the body (the service wants {@code "object_type_id":"1"}). */
    public Binding asTextInBody() {
        return new Binding(parameter, location, required, constraints, true, batchSize, batchedAnswerField);
    }

    /**
     * A list the service takes at most {@code size} entries of per request: longer lists are sent in consecutive
     * requests, whose answers' {@code answerField} lists are joined in order into one answer.
     */
    public Binding inBatchesOf(int size, String answerField) {
        return new Binding(parameter, location, required, constraints, textInBody, size, answerField);
    }

    public ApiParameter parameter() {
        return parameter;
    }

    public Location location() {
        return location;
    }

    public boolean isRequired() {
        return required;
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    public boolean isTextInBody() {
        return textInBody;
    }

    /** The most entries one request may carry; 0 when the value is never split. */
    public int batchSize() {
        return batchSize;
    }

    /** The list in the answer that holds one entry per batched value. */
    public String batchedAnswerField() {
        return batchedAnswerField;
    }
}
