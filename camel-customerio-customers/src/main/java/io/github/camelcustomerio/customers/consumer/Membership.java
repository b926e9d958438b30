package io.github.camelcustomerio.customers.consumer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The members seen by one walk (people or objects), held compactly so that a million-member segment can be compared
 * with the previous walk in a small heap. Look-ups use a sorted array of 64-bit hashes of the members' keys (8 bytes
 * a member); the members themselves (key and secondary identifier, to say who left) are kept deflated, in the order
 * they were seen, and read back in one pass. A million people cost about 25 MB.
 */
public final class Membership {

    private final long[] hashes;
    private final byte[] entries;
    private final int count;

    private Membership(long[] hashes, byte[] entries, int count) {
        this.hashes = hashes;
        this.entries = entries;
        this.count = count;
    }

    /** How many members were recorded (repeats included). */
    public int count() {
        return count;
    }

    public boolean contains(String key) {
        return Arrays.binarySearch(hashes, hash(key)) >= 0;
    }

    /** One recorded member and its place in the order of recording. */
    public record Member(String key, String secondary, int index) {
    }

    /** Reads the members back in the order they were recorded. */
    public Reader reader() {
        return new Reader();
    }

    /** A reader whose next member is the one recorded at {@code index}. */
    public Reader readerAt(int index) {
        Reader reader = new Reader();
        while (reader.position() < index && reader.next() != null) {
            // skip
        }
        return reader;
    }

    /** The persisted form: the deflated members in Base64 (no line breaks). */
    public String encode() {
        return Base64.getEncoder().encodeToString(entries);
    }

    /** Reads the persisted form back. */
    public static Membership decode(String encoded) {
        byte[] entries = Base64.getDecoder().decode(encoded);
        long[] hashes = new long[1024];
        int size = 0;
        try (Reader reader = new Membership(new long[0], entries, 0).reader()) {
            for (Member member = reader.next(); member != null; member = reader.next()) {
                if (size == hashes.length) {
                    hashes = Arrays.copyOf(hashes, size + (size >> 1));
                }
                hashes[size++] = hash(member.key());
            }
        }
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        return new Membership(sorted, entries, size);
    }

    /** Reads members sequentially; cheap to keep open between polls. */
    public final class Reader implements AutoCloseable {

        private final DataInputStream in = new DataInputStream(
                new InflaterInputStream(new ByteArrayInputStream(entries), new Inflater(), 8192));
        private int position;

        /** The next member, or null after the last. */
        public Member next() {
            try {
                String key = in.readUTF();
                String secondary = in.readBoolean() ? in.readUTF() : null;
                return new Member(key, secondary, position++);
            } catch (EOFException end) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("stored members are corrupt", e);
            }
        }

        /** How many members have been read. */
        public int position() {
            return position;
        }

        /** Up to {@code max} of the next members whose key is not in {@code other}. */
        public List<Member> nextMissingFrom(Membership other, int max) {
            List<Member> missing = new ArrayList<>(Math.min(max, 1024));
            while (missing.size() < max) {
                Member member = next();
                if (member == null) {
                    break;
                }
                if (!other.contains(member.key())) {
                    missing.add(member);
                }
            }
            return missing;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Records the members of a walk as they are seen. */
    public static final class Builder {

        private long[] hashes;
        private int size;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private final DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 64 * 1024));

        public Builder() {
            this(1024);
        }

        /** @param expected how many members to make room for (e.g. the previous walk's count) */
        public Builder(int expected) {
            hashes = new long[Math.max(16, expected)];
        }

        public Builder add(String key, String secondary) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size + (size >> 1));
            }
            hashes[size++] = hash(key);
            try {
                out.writeUTF(key);
                out.writeBoolean(secondary != null);
                if (secondary != null) {
                    out.writeUTF(secondary);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Membership build() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            long[] sorted = Arrays.copyOf(hashes, size);
            hashes = null;
            Arrays.sort(sorted);
            return new Membership(sorted, bytes.toByteArray(), size);
        }
    }

    /**
     * A 64-bit hash of a key (FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser for avalanche). With a
     * million members the chance that two keys share a hash is about one in thirty million.
     */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
