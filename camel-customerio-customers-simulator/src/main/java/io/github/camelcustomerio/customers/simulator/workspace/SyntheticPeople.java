package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcustomerio.customers.simulator.model.Person;

/**
 * The people of a synthetic segment, computed from their index so that millions of members cost no memory.
 *
 * <p>Member {@code i} of segment {@code S} has id {@code synth-S-<i zero-padded to 10 digits>} (lexical
 * order equals index order), a 16-hex-digit {@code cio_id} that scrambles {@code i} with the seed
 * (reversibly, so look-ups by cio_id need no storage), and an email {@code <name>.<i>@synthS.example}
 * whose name depends on the seed, except that every 10th member ({@code i % 10 == 9}) has no email.
 */
final class SyntheticPeople {

    static final long MAX_MEMBERS = 10_000_000_000L;
    private static final long CREATED_AT = 1_700_000_000L;
    private static final String[] NAMES = {
        "ana", "ben", "carla", "dan", "eve", "femi", "gus", "hana", "ivan", "jo", "kemal", "lea", "maya", "nils",
        "olga", "pia", "quinn", "raj", "sara", "tomas", "uma", "vik", "wen", "yusuf"
    };
    private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.(\\d{1,10})@synth(\\d+)\\.example");
    private static final Pattern ID = Pattern.compile("synth-(\\d+)-(\\d{10})");
    private static final Pattern CIO_ID = Pattern.compile("[0-9a-f]{16}");

    private final int segmentId;
    private final long seed;
    private final long cioKey;

    SyntheticPeople(int segmentId, long seed) {
        this.segmentId = segmentId;
        this.seed = seed;
        this.cioKey = Identifiers.mix64(seed ^ Identifiers.mix64(segmentId));
    }

    int segmentId() {
        return segmentId;
    }

    long seed() {
        return seed;
    }

    String id(long index) {
        return "synth-" + segmentId + "-" + zeroPadded(index);
    }

    String email(long index) {
        if (index % 10 == 9) {
            return null;
        }
        long pick = Identifiers.mix64(seed * 31 + index) >>> 1;
        return NAMES[(int) (pick % NAMES.length)] + "." + index + "@synth" + segmentId + ".example";
    }

    String cioId(long index) {
        String hex = Long.toHexString(Identifiers.mix64(cioKey + index));
        return "0".repeat(16 - hex.length()) + hex;
    }

    Person person(long index) {
        return new Person(id(index), email(index), cioId(index), null, null, null, false, null, CREATED_AT);
    }

    /** The index of the member with this id, if it is of this segment's form. */
    OptionalLong indexOfId(String id) {
        Matcher matcher = ID.matcher(id);
        if (matcher.matches() && matcher.group(1).equals(Integer.toString(segmentId))) {
            return OptionalLong.of(Long.parseLong(matcher.group(2)));
        }
        return OptionalLong.empty();
    }

    OptionalLong indexOfEmail(String email) {
        Matcher matcher = EMAIL.matcher(email);
        if (matcher.matches() && matcher.group(2).equals(Integer.toString(segmentId))) {
            long index = Long.parseLong(matcher.group(1));
            if (email.equals(email(index))) {
                return OptionalLong.of(index);
            }
        }
        return OptionalLong.empty();
    }

    OptionalLong indexOfCioId(String cioId) {
        if (!CIO_ID.matcher(cioId).matches()) {
            return OptionalLong.empty();
        }
        long index = Identifiers.unmix64(Long.parseUnsignedLong(cioId, 16)) - cioKey;
        return index >= 0 && index < MAX_MEMBERS ? OptionalLong.of(index) : OptionalLong.empty();
    }

    private static String zeroPadded(long index) {
        String digits = Long.toString(index);
        return "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }
}
