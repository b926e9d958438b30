package io.github.camelcustomerio.customers.simulator.model;

import java.util.Set;
import java.util.regex.Pattern;

/** The activity types of the App API, including the vendor's own spelling {@code dropped_whatasapp}. */
final class ActivityTypes {

    private static final Set<String> PERSON_TYPES = Set.of(
            "add_relationship", "anon_merge", "attempted_action", "attempted_email", "attempted_in_app",
            "attempted_push", "attempted_slack", "attempted_twilio", "attempted_webhook", "attempted_whatsapp",
            "attribute_change", "bounced_action", "bounced_email", "bounced_push", "bounced_twilio",
            "bounced_whatsapp", "clicked_action", "clicked_content", "clicked_email", "clicked_in_app",
            "clicked_push", "clicked_twilio", "clicked_webhook", "converted_action", "converted_content",
            "converted_email", "converted_in_app", "converted_slack", "converted_twilio", "converted_webhook",
            "converted_whatsapp", "deferred_action", "deferred_email", "deferred_in_app", "deferred_push",
            "deferred_slack", "deferred_twilio", "deferred_webhook", "deferred_whatsapp", "delete_relationship",
            "delivered_action", "delivered_email", "delivered_push", "delivered_twilio", "delivered_whatsapp",
            "device_change", "drafted_action", "drafted_email", "drafted_in_app", "drafted_push", "drafted_slack",
            "drafted_twilio", "drafted_webhook", "dropped_action", "dropped_email", "dropped_push", "dropped_twilio",
            "dropped_webhook", "dropped_whatasapp", "event", "failed_action", "failed_attribute_change",
            "failed_batch_update", "failed_email", "failed_event", "failed_in_app", "failed_object_journeys",
            "failed_push", "failed_query_collection", "failed_slack", "failed_twilio", "failed_webhook",
            "failed_whatsapp", "opened_action", "opened_email", "opened_in_app", "opened_push", "page",
            "profile_create", "profile_delete", "profile_merge", "relationship_attribute_change",
            "relationship_failed_attribute_change", "screen", "sent_action", "sent_email", "sent_in_app", "sent_push",
            "sent_slack", "sent_twilio", "sent_webhook", "sent_whatsapp", "skipped_update", "spammed_email",
            "suppressed_twilio", "suppressed_whatsapp", "topic_unsubscribed_email", "undeliverable_action",
            "undeliverable_email", "undeliverable_in_app", "undeliverable_push", "undeliverable_slack",
            "undeliverable_twilio", "undeliverable_webhook", "undeliverable_whatsapp", "unsubscribed_action",
            "unsubscribed_email", "viewed_content", "webhook_event");

    // The specification spells these with a literal "<object_type_id>" placeholder; a concrete type id is accepted too.
    private static final Pattern OBJECT_TYPES = Pattern.compile(
            "_o:(?:<object_type_id>|\\d+):(?:add_relationship|attribute_change|create|delete|delete_relationship"
                    + "|failed_attribute_change)"
                    + "|_r:(?:<object_type_id>|\\d+):(?:attribute_change|failed_attribute_change)");

    private ActivityTypes() {
    }

    static boolean isKnown(String type) {
        return type != null && (PERSON_TYPES.contains(type) || OBJECT_TYPES.matcher(type).matches());
    }
}
