package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.Base64;

/** Deterministic generation of the identifiers the workspace assigns (cio ids, activity and message ids). */
final class Identifiers {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long MIX_1 = 0xff51afd7ed558ccdL;
    private static final long MIX_2 = 0xc4ceb9fe1a85ec53L;
    private static final long UNMIX_1 = inverse(MIX_1);
    private static final long UNMIX_2 = inverse(MIX_2);

    private Identifiers() {}

    /** A bijective scramble of 64 bits (MurmurHash3's finalizer), so that it can be undone by {@link #unmix64}. */
    static long mix64(long value) {
        long x = value;
        x ^= x >>> 33;
        x *= MIX_1;
        x ^= x >>> 33;
        x *= MIX_2;
        x ^= x >>> 33;
        return x;
    }

    static long unmix64(long value) {
        long x = value;
        x ^= x >>> 33;
        x *= UNMIX_2;
        x ^= x >>> 33;
        x *= UNMIX_1;
        x ^= x >>> 33;
        return x;
    }

    // Newton's iteration for the inverse of an odd number modulo 2^64.
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    static String cioId(long sequence) {
        return String.format("c%07x", sequence & 0xfffffffL);
    }

    static String cioObjectId(long sequence) {
        return String.format("ob%06x", sequence & 0xffffffL);
    }

    /** A ULID-looking id: 10 characters of millisecond time, then 16 characters derived from the sequence. */
    static String activityId(long unixSeconds, long sequence) {
        char[] id = new char[26];
        long time = unixSeconds * 1000;
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        long first = mix64(sequence);
        long second = mix64(~sequence);
        for (int i = 10; i < 22; i++) {
            id[i] = CROCKFORD[(int) (first & 31)];
            first >>>= 5;
        }
        for (int i = 22; i < 26; i++) {
            id[i] = CROCKFORD[(int) (second & 31)];
            second >>>= 5;
        }
        return new String(id);
    }

    /** A base64 message id like the App API's ({@code dgOeBgEAAYw2xN8yAAGQ9lQzW3k=}). */
    static String messageId(long createdUnixSeconds, long sequence) {
        byte[] bytes = new byte[20];
        long head = mix64(sequence);
        long tail = mix64(createdUnixSeconds ^ head);
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (head >>> (8 * i));
            bytes[8 + i] = (byte) (tail >>> (8 * i));
        }
        long created = createdUnixSeconds;
        for (int i = 19; i >= 16; i--) {
            bytes[i] = (byte) created;
            created >>>= 8;
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** {@code "<first 16 characters of the message id>:<created>"}, the form of the App API's examples. */
    static String messageDeduplicateId(String messageId, long createdUnixSeconds) {
        return messageId.substring(0, Math.min(16, messageId.length())) + ":" + createdUnixSeconds;
    }
}
