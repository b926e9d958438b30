package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.Binding;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.request.RequestFactory;
import io.github.camelcustomerio.customers.request.ValueConverter;

/**
 * Checks the text of an endpoint's URI options before Camel binds them. Camel reads every int and long option as a
 * duration ({@code segmentId=1m} is 60000, {@code 7x} and {@code abc} are 0) and enums in any case; here such values
 * fail when the endpoint is created, so before any call:
 * <ul>
 * <li>a call parameter must be one the operation takes, and its value must pass the same conversion and constraints
 * as its header does at call time;</li>
 * <li>an integer is decimal digits with an optional sign, within the range of its type;</li>
 * <li>a duration is milliseconds ({@code 5000}), a time in d, h, m, s and ms ({@code 1m30s}, {@code 500ms}) or
 * ISO-8601 ({@code PT5S}), never negative;</li>
 * <li>a boolean is {@code true} or {@code false}, an enum one of its values as written;</li>
 * <li>none of these has spaces around it: a {@code +} in a URI is a space, and {@code segmentId=+-3} must not become
 * -3.</li>
 * </ul>
 * Accepted values are handed on in a form Camel's own conversion reads as meant (numbers, durations as milliseconds).
 * The options' types come from the component descriptor that the build generates from the annotations. Bean
 * references ({@code #name}) and values that are not text are left to Camel, as are options it does not know.
 */
final class UriOptionCheck {

    private static final Pattern DURATION =
            Pattern.compile("(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m(?!s))?(?:([0-9]+)s)?(?:([0-9]+)ms)?");
    private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    private static final String DURATION_FORMS =
            "milliseconds (5000), a time such as 5s, 1m30s or 500ms, or ISO-8601 such as PT5S";
    /** Camel's scheduler reads these as durations ({@code delay=5s}), though its descriptor calls them integers. */
    private static final Set<String> SCHEDULER_DURATIONS = Set.of("delay", "initialDelay");

    private UriOptionCheck() {}

    /**
     * Checks every option of {@code parameters} that this component declares, replacing accepted values by their
     * canonical form.
     *
     * @throws CustomerIoParameterException for a call parameter the operation does not take or whose value it refuses
     * @throws IllegalArgumentException     for another option whose value is not of its type
     */
    static void check(CustomerIoOperation operation, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> entry : parameters.entrySet()) {
            // Camel binds option names in any case
            Option option = Options.BY_NAME.get(entry.getKey().toLowerCase(Locale.ROOT));
            if (option == null) {
                continue;
            }
            Object raw = entry.getValue();
            if (option.parameter() != null) {
                entry.setValue(checkCallParameter(operation, option, raw));
            } else if (raw instanceof String text && !isReference(text)) {
                entry.setValue(checkOption(option, text));
            }
        }
    }

    private static Object checkCallParameter(CustomerIoOperation operation, Option option, Object raw) {
        ApiParameter parameter = option.parameter();
        Binding binding = operation
                .binding(parameter)
                .orElseThrow(() -> CustomerIoParameterException.notTaken(operation, parameter));
        if (raw instanceof String text && isReference(text)) {
            return raw;
        }
        if (raw == null || raw instanceof String text && text.isBlank()) {
            throw CustomerIoParameterException.invalid(
                    operation,
                    parameter,
                    "must not be empty; got " + CustomerIoParameterException.quoted(raw == null ? "" : raw)
                            + " (leave the option out instead)");
        }
        if (raw instanceof String text && option.kind().isScalar() && hasSpacesAround(text)) {
            throw CustomerIoParameterException.invalid(operation, parameter, spacesViolation(text));
        }
        Object value = RequestFactory.convert(operation, binding, raw);
        return value instanceof Number ? value : raw;
    }

    private static String checkOption(Option option, String text) {
        if (option.kind().isScalar() && hasSpacesAround(text)) {
            throw refused(option, spacesViolation(text));
        }
        return switch (option.kind()) {
            case INTEGER -> integer(option, text);
            case DURATION -> Long.toString(durationMillis(option, text));
            case BOOLEAN -> {
                if (!"true".equals(text) && !"false".equals(text)) {
                    throw refused(option, "must be true or false; got " + CustomerIoParameterException.quoted(text));
                }
                yield text;
            }
            case ENUM -> {
                if (!option.values().contains(text)) {
                    throw refused(
                            option,
                            "must be one of " + String.join(", ", option.values()) + "; got "
                                    + CustomerIoParameterException.quoted(text));
                }
                yield text;
            }
            case OTHER -> text;
        };
    }

    private static String integer(Option option, String text) {
        long value;
        try {
            value = ValueConverter.parseInteger(text);
        } catch (IllegalArgumentException e) {
            throw refused(option, e.getMessage());
        }
        if (value < option.min() || value > option.max()) {
            throw refused(option, "must be a 32-bit integer; got " + value);
        }
        return Long.toString(value);
    }

    /** Milliseconds, d/h/m/s/ms units in that order, or ISO-8601; never negative. */
    private static long durationMillis(Option option, String text) {
        if (text.startsWith("-")) {
            throw refused(option, "must not be negative; got " + CustomerIoParameterException.quoted(text));
        }
        long millis;
        try {
            millis = text.startsWith("P") || text.startsWith("p")
                    ? Duration.parse(text).toMillis()
                    : unitMillis(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw refused(
                    option,
                    "must be a duration: " + DURATION_FORMS + "; got " + CustomerIoParameterException.quoted(text));
        } catch (ArithmeticException e) {
            throw refused(
                    option,
                    "must be at most " + option.max() + " milliseconds; got "
                            + CustomerIoParameterException.quoted(text));
        }
        if (millis < 0) {
            throw refused(option, "must not be negative; got " + CustomerIoParameterException.quoted(text));
        }
        if (millis > option.max()) {
            throw refused(
                    option,
                    "must be at most " + option.max() + " milliseconds; got "
                            + CustomerIoParameterException.quoted(text));
        }
        return millis;
    }

    private static long unitMillis(String text) {
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ArithmeticException("beyond 64 bits");
            }
        }
        Matcher matcher = DURATION.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new NumberFormatException(text);
        }
        long millis = 0;
        for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
            String amount = matcher.group(unit + 1);
            if (amount != null) {
                long number;
                try {
                    number = Long.parseLong(amount);
                } catch (NumberFormatException e) {
                    throw new ArithmeticException("beyond 64 bits");
                }
                millis = Math.addExact(millis, Math.multiplyExact(number, UNIT_MILLIS[unit]));
            }
        }
        return millis;
    }

    private static boolean hasSpacesAround(String text) {
        return !text.equals(text.strip());
    }

    private static String spacesViolation(String text) {
        return "must be written without spaces around it (a + in a URI is a space); got "
                + CustomerIoParameterException.quoted(text);
    }

    private static boolean isReference(String text) {
        return text.startsWith("#");
    }

    private static IllegalArgumentException refused(Option option, String violation) {
        return new IllegalArgumentException("URI option " + option.name() + " " + violation);
    }

    /** What the check needs to know of a value's type. */
    enum Kind {
        INTEGER,
        DURATION,
        BOOLEAN,
        ENUM,
        /** Text, JSON text, objects: checked by the call parameter's conversion, or not at all. */
        OTHER;

        /** Whether a value of this kind is one word that spaces around can only spoil. */
        boolean isScalar() {
            return this != OTHER;
        }
    }

    /** One endpoint option as the descriptor describes it; {@code parameter} is set for the call parameters. */
    record Option(String name, Kind kind, long min, long max, List<String> values, ApiParameter parameter) {

        static Option of(String name, JsonNode descriptor) {
            String type = descriptor.path("type").asText();
            String javaType = descriptor.path("javaType").asText();
            Kind kind = switch (type) {
                case "integer" -> SCHEDULER_DURATIONS.contains(name) ? Kind.DURATION : Kind.INTEGER;
                case "duration" -> Kind.DURATION;
                case "boolean" -> Kind.BOOLEAN;
                case "enum" -> Kind.ENUM;
                default -> Kind.OTHER;
            };
            boolean int32 = "int".equals(javaType) || "java.lang.Integer".equals(javaType);
            List<String> values = new ArrayList<>();
            descriptor.path("enum").forEach(value -> values.add(value.asText()));
            ApiParameter parameter = Arrays.stream(ApiParameter.values())
                    .filter(candidate -> candidate.uriOption().equals(name))
                    .findFirst()
                    .orElse(null);
            return new Option(
                    name,
                    kind,
                    int32 ? Integer.MIN_VALUE : Long.MIN_VALUE,
                    int32 ? Integer.MAX_VALUE : Long.MAX_VALUE,
                    List.copyOf(values),
                    parameter);
        }
    }

    /** The endpoint options of the generated descriptor, by lower-case name; read once. */
    private static final class Options {

        static final Map<String, Option> BY_NAME = load();

        private static Map<String, Option> load() {
            String path = "/META-INF/"
                    + CustomerIoCustomersComponent.class.getPackageName().replace('.', '/')
                    + "/customerio-customers.json";
            try (InputStream in = UriOptionCheck.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The component descriptor " + path + " is not on the classpath");
                }
                Map<String, Option> options = new HashMap<>();
                Json.mapper()
                        .readTree(in)
                        .path("properties")
                        .properties()
                        .forEach(entry -> options.put(
                                entry.getKey().toLowerCase(Locale.ROOT), Option.of(entry.getKey(), entry.getValue())));
                return Map.copyOf(options);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the component descriptor " + path, e);
            }
        }
    }
}
