package io.github.camelcustomerio.customers.consumer;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.client.Json;
import org.apache.camel.spi.StateRepository;

/**
 * Where a walk keeps its position between restarts: one entry, as compact JSON, in the user's
 * {@link StateRepository} (a file, a database shared by a cluster...). Without a repository the position lives only
 * in memory and a restart begins afresh.
 */
public final class StateStore {

    private final StateRepository<String, String> repository;
    private final String key;

    public StateStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    public boolean isPersistent() {
        return repository != null;
    }

    public String key() {
        return key;
    }

    public Optional<JsonNode> load() {
        if (repository == null) {
            return Optional.empty();
        }
        String stored = repository.getState(key);
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readTree(stored));
        } catch (IOException e) {
            throw new IllegalStateException("The stored consumer position under key '" + key + "' is not readable: "
                                            + e.getMessage(), e);
        }
    }

    public void save(ObjectNode state) {
        if (repository != null) {
            repository.setState(key, state.toString());
        }
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }
}
