package io.github.camelcustomerio.customers.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.client.Json;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a walk keeps its position between restarts, in the user's {@link StateRepository}: a small head entry under
 * the state key (compact JSON, written last, so that each write moves the position atomically) and, for the
 * membership that changes mode compares, chunks of bounded size under {@code <key>.<slot>.<n>}, each with its
 * checksum. Without a repository the position lives only in memory and a restart begins afresh.
 */
public final class StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);

    private final StateRepository<String, String> repository;
    private final String key;
    private final ConsumerMode mode;
    private final UnreadableState policy;
    private volatile boolean closed;

    public StateStore(
            StateRepository<String, String> repository, String key, ConsumerMode mode, UnreadableState policy) {
        this.repository = repository;
        this.key = key;
        this.mode = mode;
        this.policy = policy;
    }

    public boolean isPersistent() {
        return repository != null;
    }

    /**
     * No more writes: the consumer has stopped (or its node stepped down as cluster leader), and a poll still under way
     * must not overwrite what the next owner of the position writes from now on. What that poll handed after this is
     * handed again by the next owner, as after a crash.
     */
    public void close() {
        closed = true;
    }

    public String key() {
        return key;
    }

    /** What discarding an unreadable head entry loses. */
    private static final String EVERYTHING = "everything stored under this key (what it held cannot be told)";

    /**
     * The head entry, if one is stored. A head written in another mode is refused (a position is never read as
     * another mode's); an unreadable one is handled as the unreadableState option says.
     */
    public Optional<JsonNode> load() {
        if (repository == null) {
            return Optional.empty();
        }
        String stored;
        try {
            stored = repository.getState(key);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e; // the store cannot be read now: nothing is discarded for that
            }
            unreadable("its head entry is not UTF-8 text", EVERYTHING);
            return Optional.empty();
        }
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        JsonNode head;
        try {
            head = Json.mapper().readTree(stored);
        } catch (IOException e) {
            unreadable("its head entry is not valid JSON (" + Json.problem(e) + ")", EVERYTHING);
            return Optional.empty();
        }
        if (head == null || !head.isObject() || !head.path("mode").isTextual()) {
            unreadable("its head entry is not a consumer's state (a JSON object with its mode)", EVERYTHING);
            return Optional.empty();
        }
        String written = head.path("mode").asText();
        if (!written.equals(mode.name())) {
            throw new IllegalStateException(
                    "The consumer state under key '" + key + "' was written in mode '" + written + "', and this"
                            + " consumer runs in mode '" + mode.name() + "': a position is never"
                            + " read as another mode's. Give this consumer its own stateKey.");
        }
        return Optional.of(head);
    }

    /**
     * Forgets what is stored: the next walk starts as the first one did. Only the head entry is blanked; the chunks it
     * referred to are overwritten by later walks.
     */
    public void forget() {
        if (repository != null && !closed) {
            repository.setState(key, "");
        }
    }

    /** Stores the head entry: the position, written after any chunk it refers to. */
    public void save(ObjectNode head) {
        if (repository != null && !closed) {
            head.put("mode", mode.name());
            repository.setState(key, head.toString());
        }
    }

    /** Stores chunks of a membership in a slot, each under its own key, with a CRC-32 to detect a torn write. */
    public void saveChunks(String slot, Membership.Sealed sealed) {
        if (repository == null || closed) {
            return;
        }
        for (int i = 0; i < sealed.chunks().size(); i++) {
            byte[] chunk = sealed.chunks().get(i);
            repository.setState(
                    chunkKey(slot, sealed.first() + i),
                    Long.toHexString(crc(chunk)) + ":" + Base64.getEncoder().encodeToString(chunk));
        }
    }

    /** The first {@code count} chunks of a slot. */
    List<byte[]> loadChunks(String slot, int count) throws UnreadableStateException {
        // not sized by the count: a garbled one must not allocate before the first chunk is found missing
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String chunkKey = chunkKey(slot, i);
            String stored = repository.getState(chunkKey);
            if (stored == null) {
                throw new UnreadableStateException("chunk '" + chunkKey + "' is missing");
            }
            int colon = stored.indexOf(':');
            byte[] chunk;
            try {
                chunk = Base64.getDecoder().decode(stored.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new UnreadableStateException("chunk '" + chunkKey + "' is not Base64");
            }
            if (colon < 1 || !stored.substring(0, colon).equals(Long.toHexString(crc(chunk)))) {
                throw new UnreadableStateException("chunk '" + chunkKey + "' does not match its checksum");
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Stored state could not be read: refuses to start (unreadableState=fail) or logs what is lost and lets the
     * caller start over (unreadableState=startOver).
     *
     * @param problem what is wrong with it
     * @param lost    what discarding it loses
     */
    public void unreadable(String problem, String lost) {
        if (policy == UnreadableState.fail) {
            throw new IllegalStateException("The consumer state under key '" + key + "' is unreadable: " + problem
                    + ". Discarding it" + " (option unreadableState=startOver) would lose: " + lost);
        }
        LOG.warn(
                "The consumer state under key '{}' is unreadable: {}. Discarded (unreadableState=startOver); lost: {}",
                key,
                problem,
                lost);
    }

    /** Says at WARN that stored state was unreadable but nothing is lost, only repeated. */
    public void restarting(String problem, String repeated) {
        LOG.warn(
                "The consumer state under key '{}' is partly unreadable: {}. Nothing is lost; {}",
                key,
                problem,
                repeated);
    }

    private String chunkKey(String slot, int index) {
        return key + "." + slot + "." + index;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    /** A count the head entry holds: a whole number, at least 0, or the state is unreadable. */
    static int count(JsonNode entry, String field) throws UnreadableStateException {
        JsonNode value = entry.path(field);
        if (!value.isInt() || value.intValue() < 0) {
            throw new UnreadableStateException("'" + field + "' is not a count: " + value);
        }
        return value.intValue();
    }

    /** Stored state that is missing, does not match its checksum, or holds what no consumer writes. */
    static final class UnreadableStateException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableStateException(String message) {
            super(message);
        }
    }
}
