package io.github.camelcustomerio.customers.simulator.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Channel;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.Device;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.PreferencesHeader;
import io.github.camelcustomerio.customers.simulator.model.Segment;
import io.github.camelcustomerio.customers.simulator.model.SegmentUsage;
import io.github.camelcustomerio.customers.simulator.model.Topic;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/**
 * Reads the dataset JSON format described on {@link Dataset} into the workspace changes that load it.
 * Everything is parsed and checked up front, so a malformed file fails when it is read, naming the place.
 */
final class DatasetReader {

    private static final Set<String> SECTIONS = Set.of(
            "people",
            "object_types",
            "objects",
            "relationships",
            "segments",
            "synthetic_segments",
            "channels",
            "subscription_center");

    private final List<Consumer<Workspace>> steps = new ArrayList<>();

    private DatasetReader() {}

    static List<Consumer<Workspace>> read(InputStream json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("dataset is not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("dataset must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!SECTIONS.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown dataset section '" + name + "'; expected one of " + SECTIONS);
            }
        });
        DatasetReader reader = new DatasetReader();
        reader.readSubscriptionCenter(root.path("subscription_center"));
        each(root, "channels", reader::readChannel);
        each(root, "object_types", reader::readObjectType);
        each(root, "people", reader::readPerson);
        each(root, "objects", reader::readObject);
        each(root, "relationships", reader::readRelationship);
        each(root, "segments", reader::readSegment);
        each(root, "synthetic_segments", reader::readSyntheticSegment);
        return List.copyOf(reader.steps);
    }

    private interface EntryReader {
        void read(JsonNode entry, String where);
    }

    private static void each(JsonNode root, String section, EntryReader reader) {
        JsonNode list = root.path(section);
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(section + " must be an array");
        }
        for (int i = 0; i < list.size(); i++) {
            String where = section + "[" + i + "]";
            try {
                reader.read(list.get(i), where);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }

    private void readPerson(JsonNode node, String where) {
        Person.Builder person = Person.builder(optionalText(node, "id"))
                .email(optionalText(node, "email"))
                .cioId(optionalText(node, "cio_id"))
                .createdAt(node.path("created_at").asLong(0))
                .unsubscribed(node.path("unsubscribed").asBoolean(false));
        Map<String, Long> timestamps = longMap(node.path("timestamps"));
        fields(node.path("attributes")).forEach((name, value) -> {
            if (!value.isNull()) {
                String text = value.isValueNode() ? value.asText() : value.toString();
                if (timestamps.containsKey(name)) {
                    person.attribute(name, text, timestamps.get(name));
                } else {
                    person.attribute(name, text);
                }
            }
        });
        for (JsonNode device : array(node, "devices")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            fields(device.path("attributes")).forEach((name, value) -> attributes.put(name, value.asText()));
            Long lastUsed =
                    device.hasNonNull("last_used") ? device.get("last_used").asLong() : null;
            person.device(
                    new Device(requiredText(device, "id"), requiredText(device, "platform"), lastUsed, attributes));
        }
        fields(node.path("topic_preferences"))
                .forEach((topicId, subscribed) ->
                        person.topicPreference(Integer.parseInt(topicId), subscribed.asBoolean()));
        Person built = person.build();
        steps.add(workspace -> workspace.putPerson(built));
        if (node.has("activities") || node.has("messages")) {
            if (built.id() == null) {
                throw new IllegalArgumentException("a person with activities or messages needs an id");
            }
            for (JsonNode activity : array(node, "activities")) {
                Activity parsed = readActivity(activity);
                steps.add(workspace -> workspace.addActivity(built.id(), parsed));
            }
            for (JsonNode message : array(node, "messages")) {
                Message parsed = readMessage(message);
                steps.add(workspace -> workspace.addMessage(built.id(), parsed));
            }
        }
    }

    private static Activity readActivity(JsonNode node) {
        return new Activity(
                optionalText(node, "id"),
                requiredText(node, "type"),
                node.path("timestamp").asLong(0),
                optionalText(node, "delivery_id"),
                optionalText(node, "delivery_type"),
                optionalText(node, "name"),
                optionalText(node, "url"),
                Json.toJava(node.get("data")));
    }

    private static Message readMessage(JsonNode node) {
        return new Message(
                optionalText(node, "id"),
                optionalText(node, "deduplicate_id"),
                node.path("campaign_id").asInt(0),
                node.path("action_id").asInt(0),
                optionalInt(node, "broadcast_id"),
                optionalInt(node, "newsletter_id"),
                optionalInt(node, "content_id"),
                node.path("created").asLong(0),
                optionalText(node, "recipient"),
                optionalText(node, "subject"),
                node.path("type").asText("email"),
                optionalText(node, "failure_message"),
                node.path("forgotten").asBoolean(false),
                longMap(node.path("metrics")),
                optionalText(node, "msg_template_id"));
    }

    private void readObjectType(JsonNode node, String where) {
        ObjectType type = new ObjectType(
                requiredInt(node, "id"),
                requiredText(node, "name"),
                optionalText(node, "singular_name"),
                optionalText(node, "slug"),
                optionalText(node, "singular_slug"),
                optionalText(node, "icon"),
                node.path("enabled").asBoolean(true));
        steps.add(workspace -> workspace.putObjectType(type));
    }

    private void readObject(JsonNode node, String where) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        fields(node.path("attributes")).forEach((name, value) -> attributes.put(name, Json.toJava(value)));
        CustomerObject object = new CustomerObject(
                requiredInt(node, "object_type_id"),
                requiredText(node, "object_id"),
                optionalText(node, "cio_object_id"),
                attributes,
                longMap(node.path("timestamps")));
        steps.add(workspace -> workspace.putObject(object));
    }

    private void readRelationship(JsonNode node, String where) {
        String personId = requiredText(node, "person_id");
        int objectTypeId = requiredInt(node, "object_type_id");
        String objectId = requiredText(node, "object_id");
        Map<String, Object> attributes = new LinkedHashMap<>();
        fields(node.path("attributes")).forEach((name, value) -> attributes.put(name, Json.toJava(value)));
        Map<String, Long> timestamps = longMap(node.path("timestamps"));
        steps.add(workspace -> workspace.relate(personId, objectTypeId, objectId, attributes, timestamps));
    }

    private void readSegment(JsonNode node, String where) {
        Segment.Builder segment = Segment.builder(requiredInt(node, "id"), requiredText(node, "name"))
                .description(optionalText(node, "description"))
                .state(node.path("state").asText("finished"), optionalInt(node, "progress"))
                .createdAt(node.path("created_at").asLong(0))
                .updatedAt(node.path("updated_at").asLong(0));
        if (node.has("tags") && !node.get("tags").isNull()) {
            List<String> tags = new ArrayList<>();
            array(node, "tags").forEach(tag -> tags.add(tag.asText()));
            segment.tags(tags);
        }
        JsonNode usedBy = node.path("used_by");
        segment.usedBy(new SegmentUsage(
                intList(usedBy, "campaigns"),
                intList(usedBy, "sent_newsletters"),
                intList(usedBy, "draft_newsletters")));
        String type = node.path("type").asText("manual");
        List<String> members = new ArrayList<>();
        switch (type) {
            case "dynamic" ->
                segment.dynamic(PeopleFilter.parse(
                        node.get("filter"), "/" + where.replace('[', '/').replace("]", "") + "/filter"));
            case "manual" -> array(node, "members").forEach(member -> members.add(member.asText()));
            default -> throw new IllegalArgumentException("segment type must be manual or dynamic, not " + type);
        }
        Segment built = segment.build();
        steps.add(workspace -> {
            workspace.putSegment(built);
            members.forEach(member -> workspace.addToSegment(built.id(), member));
            // Adding members touches updated_at; the dataset's own timestamps win.
            workspace.putSegment(built);
        });
    }

    private void readSyntheticSegment(JsonNode node, String where) {
        int id = requiredInt(node, "id");
        long members = node.path("members").asLong(-1);
        long seed = node.path("seed").asLong(0);
        new Workspace().addSyntheticSegment(id, members, seed); // a bad size fails when the file is read
        steps.add(workspace -> workspace.addSyntheticSegment(id, members, seed));
    }

    private void readChannel(JsonNode node, String where) {
        Channel channel = new Channel(
                requiredInt(node, "id"),
                requiredText(node, "name"),
                optionalText(node, "description"),
                node.path("subscribed_by_default").asBoolean(false),
                requiredText(node, "type"));
        steps.add(workspace -> workspace.putChannel(channel));
    }

    private void readSubscriptionCenter(JsonNode node) {
        if (node.isMissingNode()) {
            return;
        }
        String defaultLanguage = node.path("default_language").asText("en");
        steps.add(workspace -> workspace.setDefaultLanguage(defaultLanguage));
        fields(node.path("headers")).forEach((language, header) -> {
            PreferencesHeader parsed =
                    new PreferencesHeader(optionalText(header, "title"), optionalText(header, "subtitle"));
            steps.add(workspace -> workspace.setPreferencesHeader(language, parsed));
        });
        JsonNode topics = node.path("topics");
        for (int i = 0; i < topics.size(); i++) {
            JsonNode topic = topics.get(i);
            Map<String, Topic.Text> texts = new LinkedHashMap<>();
            fields(topic.path("texts"))
                    .forEach((language, text) -> texts.put(
                            language, new Topic.Text(optionalText(text, "name"), optionalText(text, "description"))));
            try {
                Topic parsed = new Topic(
                        requiredInt(topic, "id"),
                        topic.path("subscribed_by_default").asBoolean(false),
                        texts);
                steps.add(workspace -> workspace.putTopic(parsed));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("subscription_center.topics[" + i + "]: " + e.getMessage(), e);
            }
        }
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> iterator = node.fields();
            iterator.forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            throw new IllegalArgumentException("expected a JSON object, found " + node);
        }
        return fields;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        return value;
    }

    private static Map<String, Long> longMap(JsonNode node) {
        Map<String, Long> values = new LinkedHashMap<>();
        fields(node).forEach((name, value) -> {
            if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                throw new IllegalArgumentException(name + " must be an integer unix timestamp");
            }
            values.put(name, value.asLong());
        });
        return values;
    }

    private static List<Integer> intList(JsonNode node, String field) {
        List<Integer> values = new ArrayList<>();
        array(node, field).forEach(value -> values.add(value.asInt()));
        return values;
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value != null && value.isTextual() && value.asText().matches("\\d{1,9}")) {
            return Integer.parseInt(value.asText());
        }
        throw new IllegalArgumentException(field + " is required and must be an integer");
    }

    private static Integer optionalInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
