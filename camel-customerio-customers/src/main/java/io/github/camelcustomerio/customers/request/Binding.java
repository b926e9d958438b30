package io.github.camelcustomerio.customers.request;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcustomerio.customers.ApiParameter;

/**
 * How one operation uses one parameter: where it goes, whether it is required and what it must satisfy.
 */
public final class Binding {

    private final ApiParameter parameter;
    private final Location location;
    private final boolean required;
    private final List<Constraint> constraints;
    private final boolean textInBody;

    private Binding(ApiParameter parameter, Location location, boolean required, List<Constraint> constraints,
                    boolean textInBody) {
        this.parameter = parameter;
        this.location = location;
        this.required = required;
        this.constraints = List.copyOf(constraints);
        this.textInBody = textInBody;
    }

    /** A path placeholder: always required. */
    public static Binding path(ApiParameter parameter) {
        return new Binding(parameter, Location.PATH, true, List.of(), false);
    }

    public static Binding query(ApiParameter parameter) {
        return new Binding(parameter, Location.QUERY, false, List.of(), false);
    }

    public static Binding body(ApiParameter parameter) {
        return new Binding(parameter, Location.BODY, false, List.of(), false);
    }

    public static Binding header(ApiParameter parameter) {
        return new Binding(parameter, Location.HEADER, false, List.of(), false);
    }

    public Binding required() {
        return new Binding(parameter, location, true, constraints, textInBody);
    }

    public Binding must(Constraint constraint) {
        List<Constraint> all = new ArrayList<>(constraints);
        all.add(constraint);
        return new Binding(parameter, location, required, all, textInBody);
    }

    /** Sends an integer as JSON text in the body (the service wants {@code "object_type_id":"1"}). */
    public Binding asTextInBody() {
        return new Binding(parameter, location, required, constraints, true);
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
}
