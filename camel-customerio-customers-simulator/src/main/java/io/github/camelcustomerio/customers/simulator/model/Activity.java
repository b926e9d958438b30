package io.github.camelcustomerio.customers.simulator.model;

import java.util.Map;
import java.util.Set;

/**
 * An entry of a person's activity log.
 *
 * @param id           activity id; {@code null} lets the workspace assign a ULID-style id
 * @param type         one of the App API activity types, for example {@code event}, {@code page},
 *                     {@code attribute_change}, {@code delivered_email}
 * @param timestamp    unix seconds; 0 lets the workspace use "now"
 * @param deliveryId   delivery id of message activities, else {@code null}
 * @param deliveryType {@code ios}, {@code android}, {@code email} or {@code phone}, else {@code null}
 * @param name         event or screen name, else {@code null}
 * @param url          page url, else {@code null}
 * @param data         activity data (plain Java values: maps, lists, strings, numbers, booleans), or {@code null}
 */
public record Activity(
        String id,
        String type,
        long timestamp,
        String deliveryId,
        String deliveryType,
        String name,
        String url,
        Object data) {

    private static final Set<String> DELIVERY_TYPES = Set.of("ios", "android", "email", "phone");

    public Activity {
        if (!ActivityTypes.isKnown(type)) {
            throw new IllegalArgumentException("unknown activity type " + type);
        }
        if (deliveryType != null && !DELIVERY_TYPES.contains(deliveryType)) {
            throw new IllegalArgumentException(
                    "delivery type must be one of " + DELIVERY_TYPES + ", not " + deliveryType);
        }
    }

    /** Whether {@code type} is one of the App API's activity types (the constructor accepts no other). */
    public static boolean isKnownType(String type) {
        return ActivityTypes.isKnown(type);
    }

    public static Activity of(String type) {
        return new Activity(null, type, 0, null, null, null, null, null);
    }

    public static Activity event(String name) {
        return of("event").withName(name);
    }

    public static Activity page(String url) {
        return new Activity(null, "page", 0, null, null, null, url, null);
    }

    public static Activity attributeChange(String attribute, String from, String to) {
        return of("attribute_change").withData(Map.of(attribute, Map.of("from", from, "to", to)));
    }

    public Activity at(long unixSeconds) {
        return new Activity(id, type, unixSeconds, deliveryId, deliveryType, name, url, data);
    }

    public Activity withId(String activityId) {
        return new Activity(activityId, type, timestamp, deliveryId, deliveryType, name, url, data);
    }

    public Activity withName(String activityName) {
        return new Activity(id, type, timestamp, deliveryId, deliveryType, activityName, url, data);
    }

    public Activity withDelivery(String activityDeliveryId, String activityDeliveryType) {
        return new Activity(id, type, timestamp, activityDeliveryId, activityDeliveryType, name, url, data);
    }

    public Activity withData(Object activityData) {
        return new Activity(id, type, timestamp, deliveryId, deliveryType, name, url, activityData);
    }
}
