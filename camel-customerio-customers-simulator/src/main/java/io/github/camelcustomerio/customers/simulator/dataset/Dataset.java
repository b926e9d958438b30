package io.github.camelcustomerio.customers.simulator.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * The initial contents of a simulator's workspace. Immutable; combine with {@link #withSyntheticSegment} and
 * {@link #with(Consumer)}.
 *
 * <h2>JSON format</h2>
 * {@link #fromJson(Path)} and {@link #demo()} read one JSON object; every section is optional and unknown
 * sections are rejected. Timestamps are unix seconds; a missing timestamp means "when loaded".
 * <pre>{@code
 * {
 *   "people": [{
 *     "id": "user-17", "email": "ana@acme.test", "cio_id": "a3000001", "created_at": 1700000000,
 *     "attributes": {"first_name": "Ana", "plan": "pro", "phone": "+14155552671"},   // values become strings
 *     "timestamps": {"plan": 1718001234},                                           // per attribute
 *     "unsubscribed": false,
 *     "devices": [{"id": "fcm-token-abc", "platform": "android", "last_used": 1718000000,
 *                  "attributes": {"push_enabled": "true"}}],
 *     "topic_preferences": {"2": false},                                            // topic id -> subscribed
 *     "activities": [{"id": "01HZX3K9Q2V7M8N4P5R6S7T8UV", "type": "attribute_change", "timestamp": 1718001234,
 *                     "name": null, "url": null, "delivery_id": null, "delivery_type": null,
 *                     "data": {"plan": {"from": "basic", "to": "pro"}}}],
 *     "messages": [{"id": "dgOeBgEAAYw2xN8yAAGQ9lQzW3k=", "deduplicate_id": "dgOeBgEAAYw2xN8y:1718002000",
 *                   "campaign_id": 12, "action_id": 88, "broadcast_id": null, "newsletter_id": null,
 *                   "content_id": null, "created": 1718002000, "recipient": "ana@acme.test",
 *                   "subject": "Welcome to Pro", "type": "email", "failure_message": null, "forgotten": false,
 *                   "metrics": {"sent": 1718002003, "delivered": 1718002010}}]
 *   }],
 *   "object_types": [{"id": 1, "name": "Companies", "singular_name": "Company", "slug": "companies",
 *                     "singular_slug": "company", "icon": "building", "enabled": true}],
 *   "objects": [{"object_type_id": 1, "object_id": "acme-co", "cio_object_id": "ob0a1b2c",
 *                "attributes": {"name": "Acme Co", "seats": 250}, "timestamps": {"name": 1717000000}}],
 *   "relationships": [{"person_id": "user-17", "object_type_id": 1, "object_id": "acme-co",
 *                      "attributes": {"role": "admin"}, "timestamps": {"role": 1717600000}}],
 *   "segments": [
 *     {"id": 7, "name": "Pro plan", "description": "Paying pro customers", "type": "dynamic",
 *      "filter": {"attribute": {"field": "plan", "operator": "eq", "value": "pro"}},
 *      "tags": ["billing"], "state": "finished", "progress": null, "created_at": 1710000000, "updated_at": 1716000000,
 *      "used_by": {"campaigns": [12, 15], "sent_newsletters": [3], "draft_newsletters": []}},
 *     {"id": 42, "name": "VIP beta testers", "type": "manual", "members": ["user-17", "user-21"]}],
 *   "synthetic_segments": [{"id": 900, "members": 1000000, "seed": 42}],
 *   "channels": [{"id": 1, "name": "Email", "description": "Marketing email", "subscribed_by_default": true,
 *                 "type": "email"}],
 *   "subscription_center": {
 *     "default_language": "en",
 *     "headers": {"en": {"title": "Your preferences", "subtitle": "Choose your topics"},
 *                 "fr": {"title": "Vos préférences", "subtitle": "Choisissez vos sujets"}},
 *     "topics": [{"id": 1, "subscribed_by_default": true,
 *                 "texts": {"en": {"name": "Offers", "description": "Promotions"},
 *                           "fr": {"name": "Offres", "description": "Promotions"}}}]}
 * }
 * }</pre>
 * Segment filters use the App API's people filter grammar (see {@link PeopleFilter}). People are loaded
 * before objects, relationships and segments, so those may refer to any person of the file by id.
 */
public final class Dataset {

    private static final String DEMO_RESOURCE = "demo-dataset.json";

    private final String name;
    private final List<Consumer<Workspace>> steps;

    private Dataset(String name, List<Consumer<Workspace>> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
    }

    /** No people, segments, objects, channels or topics. */
    public static Dataset empty() {
        return new Dataset("empty", List.of());
    }

    /** A small hand-written workspace consistent with the App API's documentation examples. */
    public static Dataset demo() {
        try (InputStream json = Dataset.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the classpath");
            }
            return new Dataset("demo", DatasetReader.read(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset fromJson(Path path) {
        try (InputStream json = Files.newInputStream(path)) {
            return new Dataset(path.getFileName().toString(), DatasetReader.read(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + path, e);
        }
    }

    /** Reads a dataset; the caller closes the stream. */
    public static Dataset fromJson(InputStream json) {
        return new Dataset("json", DatasetReader.read(json));
    }

    /** A workspace holding only one synthetic segment; see {@link Workspace#addSyntheticSegment}. */
    public static Dataset synthetic(int segmentId, long members, long seed) {
        return new Dataset("synthetic", List.of()).withSyntheticSegment(segmentId, members, seed);
    }

    /** This dataset plus a synthetic segment whose members cost no memory; see {@link Workspace#addSyntheticSegment}. */
    public Dataset withSyntheticSegment(int segmentId, long members, long seed) {
        new Workspace().addSyntheticSegment(segmentId, members, seed); // a bad size fails here rather than when loaded
        return with(workspace -> workspace.addSyntheticSegment(segmentId, members, seed));
    }

    /** This dataset plus a change applied after it, for example {@code ws -> ws.putPerson(...)}. */
    public Dataset with(Consumer<Workspace> step) {
        List<Consumer<Workspace>> combined = new ArrayList<>(steps);
        combined.add(Objects.requireNonNull(step, "step"));
        return new Dataset(name, combined);
    }

    public String name() {
        return name;
    }

    /** Loads this dataset into a workspace. */
    public void applyTo(Workspace workspace) {
        steps.forEach(step -> step.accept(workspace));
    }

    /** The name and a count of what the dataset holds. */
    public String summary() {
        Workspace scratch = new Workspace();
        applyTo(scratch);
        return name + " (" + scratch.describe() + ")";
    }

    @Override
    public String toString() {
        return "Dataset[" + name + "]";
    }
}
