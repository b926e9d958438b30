package io.github.camelcustomerio.customers.simulator.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Channel;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.Device;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.model.Segment;

/**
 * The App API's JSON shapes, with the field names and JSON types of Customer.io's OpenAPI definition: for example ids of segments
 * and channels are integers, person attributes and topic ids are strings, and {@code object_type_id} is a
 * string except in a person's relationships.
 */
final class WireFormat {

    private WireFormat() {}

    /** {@code PersonIdentifiers}: {@code id}, {@code email} and {@code cio_id}, always present, possibly null. */
    static ObjectNode personIdentifiers(Person person) {
        return Json.object().put("id", person.id()).put("email", person.email()).put("cio_id", person.cioId());
    }

    /** A person's entry in an {@code ids} list: their id, or {@code ""} for a profile without one. */
    static JsonNode personIdOrBlank(Person person) {
        return TextNode.valueOf(person.id() != null ? person.id() : "");
    }

    /** {@code CustomerProfile}; {@code id} is the person's id, or the id given in the request for id-less profiles. */
    static ObjectNode customerProfile(Person person, String requestedId) {
        ObjectNode profile = Json.object();
        profile.put("id", person.id() != null ? person.id() : requestedId);
        profile.set("identifiers", personIdentifiers(person));
        ObjectNode attributes = profile.putObject("attributes");
        putIfPresent(attributes, "id", person.id());
        putIfPresent(attributes, "email", person.email());
        attributes.put("cio_id", person.cioId());
        person.attributes().forEach(attributes::put);
        if (!person.topicPreferences().isEmpty()) {
            attributes.put("cio_subscription_preferences", subscriptionPreferencesText(person));
        }
        ArrayNode devices = profile.putArray("devices");
        for (Device device : person.devices()) {
            ObjectNode item = devices.addObject().put("id", device.id()).put("platform", device.platform());
            if (device.lastUsed() != null) {
                item.put("last_used", device.lastUsed());
            }
            ObjectNode deviceAttributes = item.putObject("attributes");
            device.attributes().forEach(deviceAttributes::put);
        }
        profile.put("unsubscribed", person.unsubscribed());
        ObjectNode timestamps = profile.putObject("timestamps");
        if (person.id() != null) {
            timestamps.put("id", person.createdAt());
        }
        if (person.email() != null) {
            timestamps.put("email", person.createdAt());
        }
        timestamps.put("cio_id", person.createdAt());
        person.attributeTimestamps().forEach(timestamps::put);
        return profile;
    }

    /** The JSON text stored in the {@code cio_subscription_preferences} attribute, e.g. {@code {"topics":{"topic_2":false}}}. */
    static String subscriptionPreferencesText(Person person) {
        ObjectNode preferences = Json.object();
        ObjectNode topics = preferences.putObject("topics");
        person.topicPreferences().forEach((topicId, subscribed) -> topics.put("topic_" + topicId, subscribed));
        return preferences.toString();
    }

    static ObjectNode segment(Segment segment) {
        ObjectNode node = Json.object()
                .put("id", segment.id())
                .put("name", segment.name())
                .put("description", segment.description())
                .put("type", segment.type().wireName())
                .put("state", segment.state())
                .put("progress", segment.progress());
        if (segment.tags() == null) {
            node.putNull("tags");
        } else {
            segment.tags().forEach(node.putArray("tags")::add);
        }
        return node.put("deduplicate_id", segment.deduplicateId())
                .put("created_at", segment.createdAt())
                .put("updated_at", segment.updatedAt());
    }

    static ObjectNode segmentSummary(Segment segment) {
        return Json.object()
                .put("id", segment.id())
                .put("name", segment.name())
                .put("description", segment.description());
    }

    static ObjectNode segmentUsage(Segment segment) {
        ObjectNode node = Json.object().put("segment_id", segment.id());
        ObjectNode usedBy = node.putObject("used_by");
        segment.usedBy().campaigns().forEach(usedBy.putArray("campaigns")::add);
        segment.usedBy().sentNewsletters().forEach(usedBy.putArray("sent_newsletters")::add);
        segment.usedBy().draftNewsletters().forEach(usedBy.putArray("draft_newsletters")::add);
        return node;
    }

    static ObjectNode activity(Activity activity, Person person) {
        ObjectNode node = Json.object()
                .put("id", activity.id())
                .put("type", activity.type())
                .put("timestamp", activity.timestamp())
                .put("customer_id", person.id());
        node.set("customer_identifiers", personIdentifiers(person));
        putIfPresent(node, "delivery_id", activity.deliveryId());
        putIfPresent(node, "delivery_type", activity.deliveryType());
        putIfPresent(node, "name", activity.name());
        putIfPresent(node, "url", activity.url());
        if (activity.data() != null) {
            node.set("data", Json.MAPPER.valueToTree(activity.data()));
        }
        return node;
    }

    static ObjectNode message(Message message, Person person) {
        ObjectNode node = Json.object()
                .put("id", message.id())
                .put("deduplicate_id", message.deduplicateId())
                .put("customer_id", person.id() != null ? person.id() : "")
                .put("campaign_id", message.campaignId())
                .put("action_id", message.actionId())
                .put("broadcast_id", message.broadcastId())
                .put("newsletter_id", message.newsletterId())
                .put("content_id", message.contentId())
                .put("created", message.created())
                .put("recipient", message.recipient())
                .put("subject", message.subject())
                .put("type", message.type())
                .put("failure_message", message.failureMessage())
                .put("forgotten", message.forgotten());
        ObjectNode metrics = node.putObject("metrics");
        message.metrics().forEach(metrics::put);
        putIfPresent(node, "msg_template_id", message.msgTemplateId());
        return node;
    }

    static ObjectNode objectType(ObjectType type) {
        return Json.object()
                .put("id", Integer.toString(type.id()))
                .put("name", type.name())
                .put("singular_name", type.singularName())
                .put("slug", type.slug())
                .put("singular_slug", type.singularSlug())
                .put("icon", type.icon())
                .put("enabled", type.enabled());
    }

    static ObjectNode objectIdentifiers(CustomerObject object) {
        return Json.object().put("object_id", object.objectId()).put("cio_object_id", object.cioObjectId());
    }

    /**
     * The {@code object} of getObjectAttributes. The specification lists {@code cio_object_id}, {@code email} and
     * {@code id} as identifiers (a person-shaped list); {@code object_id} is added because the real payload
     * most probably carries it.
     */
    static ObjectNode objectAttributes(CustomerObject object) {
        ObjectNode node = Json.object().put("object_type_id", Integer.toString(object.objectTypeId()));
        node.putObject("identifiers")
                .put("object_id", object.objectId())
                .put("cio_object_id", object.cioObjectId())
                .put("id", object.objectId())
                .putNull("email");
        node.set("attributes", anyValues(object.attributes()));
        ObjectNode timestamps = node.putObject("timestamps");
        object.timestamps().forEach(timestamps::put);
        return node;
    }

    /** An item of getPersonRelationships, where {@code object_type_id} is an integer. */
    static ObjectNode personRelationship(Relationship relationship) {
        ObjectNode node = Json.object().put("object_type_id", relationship.objectTypeId());
        node.putObject("identifiers")
                .put("object_id", relationship.objectId())
                .put("cio_object_id", relationship.cioObjectId());
        node.set("attributes", anyValues(relationship.attributes()));
        ObjectNode timestamps = node.putObject("timestamps");
        relationship.timestamps().forEach(timestamps::put);
        return node;
    }

    /** An item of getObjectRelationships, where {@code object_type_id} is a string. */
    static ObjectNode objectRelationship(Person person, ObjectType type) {
        ObjectNode node = Json.object();
        node.set("identifiers", personIdentifiers(person));
        return node.put("object_type_id", Integer.toString(type.id())).put("object_type_disabled", !type.enabled());
    }

    static ObjectNode channel(Channel channel) {
        return Json.object()
                .put("id", channel.id())
                .put("name", channel.name())
                .put("description", channel.description())
                .put("subscribed_by_default", channel.subscribedByDefault())
                .put("type", channel.type());
    }

    private static ObjectNode anyValues(Map<String, Object> values) {
        ObjectNode node = Json.object();
        values.forEach((name, value) -> node.set(name, Json.MAPPER.<JsonNode>valueToTree(value)));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
