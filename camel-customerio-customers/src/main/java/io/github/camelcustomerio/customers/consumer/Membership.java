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
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The members seen by one walk (people or objects), held compactly so that a million-member segment can be compared
 * with the previous walk in a small heap. Look-ups use a sorted array of 64-bit hashes of the members' keys (8 bytes
 * a member); the members themselves (key and secondary identifier, to say who left) are kept deflated, in the order
 * they were seen, in chunks of at most {@value #CHUNK_BYTES} bytes before compression, so that each chunk can be
 * stored on its own and no single write grows with the segment. A million people cost about 25 MB.
 */
public final class Membership {

    /** The most member bytes (before compression) one chunk holds; a chunk is sealed once it reaches this. */
    static final int CHUNK_BYTES = 64 * 1024;

    private final long[] hashes;
    private final List<byte[]> chunks;
    private final int count;

    private Membership(long[] hashes, List<byte[]> chunks, int count) {
        this.hashes = hashes;
        this.chunks = chunks;
        this.count = count;
    }

    /** How many members were recorded (repeats included). */
    public int count() {
        return count;
    }

    /** The deflated chunks, in the order they were recorded. */
    public List<byte[]> chunks() {
        return chunks;
    }

    public boolean contains(String key) {
        return Arrays.binarySearch(hashes, hash(key)) >= 0;
    }

    /** One recorded member and its place in the order of recording. */
    public record Member(String key, String secondary, int index) {}

    /** Reads the members back in the order they were recorded. */
    public Reader reader() {
        return new Reader(chunks);
    }

    /** A reader whose next member is the one recorded at {@code index}. */
    public Reader readerAt(int index) {
        Reader reader = reader();
        while (reader.position() < index && reader.next() != null) {
            // skip
        }
        return reader;
    }

    /**
     * The membership whose members are recorded in these chunks.
     *
     * @throws UncheckedIOException when a chunk is not what {@link Builder} wrote
     */
    public static Membership of(List<byte[]> chunks) {
        Hashes hashes = new Hashes(1024);
        try (Reader reader = new Reader(chunks)) {
            for (Member member = reader.next(); member != null; member = reader.next()) {
                hashes.add(member.key());
            }
        }
        return new Membership(hashes.sorted(), List.copyOf(chunks), hashes.size);
    }

    /** Reads members sequentially, chunk after chunk; cheap to keep open between polls. */
    public static final class Reader implements AutoCloseable {

        private final List<byte[]> chunks;
        private int chunk = -1;
        private DataInputStream in;
        private int position;

        private Reader(List<byte[]> chunks) {
            this.chunks = chunks;
        }

        /** The next member, or null after the last. */
        public Member next() {
            while (true) {
                if (in == null) {
                    if (chunk + 1 >= chunks.size()) {
                        return null;
                    }
                    chunk++;
                    in = new DataInputStream(
                            new InflaterInputStream(new ByteArrayInputStream(chunks.get(chunk)), new Inflater(), 8192));
                }
                try {
                    String key = in.readUTF();
                    String secondary = in.readBoolean() ? in.readUTF() : null;
                    return new Member(key, secondary, position++);
                } catch (EOFException end) {
                    close();
                } catch (IOException e) {
                    throw new UncheckedIOException("stored members are corrupt (chunk " + chunk + ")", e);
                }
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
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    in = null;
                }
            }
        }
    }

    /**
     * Records the members of a walk as they are seen, sealing a chunk whenever it is full or the walk asks for it
     * (at the end of each page), so that what is recorded so far can be stored before the walk goes on.
     */
    public static final class Builder {

        private final Hashes hashes;
        private final List<byte[]> chunks = new ArrayList<>();
        private int unsaved;
        private ByteArrayOutputStream bytes;
        private Deflater deflater;
        private DataOutputStream out;

        /** @param expected how many members to make room for (e.g. the previous walk's count) */
        public Builder(int expected) {
            hashes = new Hashes(Math.max(16, expected));
        }

        /** Goes on recording after the members of these chunks (a walk resumed after a restart). */
        public static Builder resume(List<byte[]> recorded, int expected) {
            Builder builder = new Builder(expected);
            try (Reader reader = new Reader(recorded)) {
                for (Member member = reader.next(); member != null; member = reader.next()) {
                    builder.hashes.add(member.key());
                }
            }
            builder.chunks.addAll(recorded);
            builder.unsaved = builder.chunks.size();
            return builder;
        }

        public Builder add(String key, String secondary) {
            hashes.add(key);
            try {
                if (out == null) {
                    bytes = new ByteArrayOutputStream(16 * 1024);
                    deflater = new Deflater(Deflater.BEST_SPEED);
                    out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 16 * 1024));
                }
                out.writeUTF(key);
                out.writeBoolean(secondary != null);
                if (secondary != null) {
                    out.writeUTF(secondary);
                }
                if (out.size() >= CHUNK_BYTES) {
                    sealChunk();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** How many members are recorded. */
        public int count() {
            return hashes.size;
        }

        /** How many chunks there are once {@link #sealed()} has sealed the one being filled. */
        public int chunkCount() {
            return chunks.size();
        }

        /**
         * Seals the chunk being filled and answers the chunks sealed since the previous call, with the index of
         * the first of them: what has to be stored to keep everything recorded so far.
         */
        public Sealed sealed() {
            sealChunk();
            Sealed sealed = new Sealed(unsaved, List.copyOf(chunks.subList(unsaved, chunks.size())));
            unsaved = chunks.size();
            return sealed;
        }

        public Membership build() {
            sealChunk();
            return new Membership(hashes.sorted(), List.copyOf(chunks), hashes.size);
        }

        private void sealChunk() {
            if (out == null) {
                return;
            }
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            chunks.add(bytes.toByteArray());
            out = null;
            bytes = null;
            deflater = null;
        }
    }

    /** Chunks sealed together, the first being chunk number {@code first} of the membership. */
    public record Sealed(int first, List<byte[]> chunks) {}

    /** A growing array of key hashes. */
    private static final class Hashes {

        private long[] values;
        private int size;

        Hashes(int capacity) {
            values = new long[capacity];
        }

        void add(String key) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size + (size >> 1) + 1);
            }
            values[size++] = hash(key);
        }

        long[] sorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** Whether an identifier fits a member's record (null does): at most 65,535 bytes of modified UTF-8. */
    static boolean canRecord(String identifier) {
        if (identifier == null || identifier.length() <= 65_535 / 3) {
            return true;
        }
        long bytes = 0;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            bytes += c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        return bytes <= 65_535;
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
