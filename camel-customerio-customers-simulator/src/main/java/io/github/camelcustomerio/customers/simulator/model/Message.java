package io.github.camelcustomerio.customers.simulator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A message sent to a person.
 *
 * @param id             message id; {@code null} lets the workspace assign one
 * @param deduplicateId  {@code null} lets the workspace derive {@code "<id prefix>:<created>"}
 * @param campaignId     campaign id (0 for messages outside campaigns)
 * @param actionId       campaign action id
 * @param broadcastId    broadcast id or {@code null}
 * @param newsletterId   newsletter id or {@code null}
 * @param contentId      newsletter content id or {@code null}
 * @param created        unix seconds; 0 lets the workspace use "now"
 * @param recipient      address, number or device token; {@code null} lets the workspace use the person's email
 * @param subject        subject
 * @param type           {@code email}, {@code webhook}, {@code twilio}, {@code slack}, {@code push}, {@code in_app} or {@code whatsapp}
 * @param failureMessage why delivery failed, or {@code null}
 * @param forgotten      whether the message content was forgotten
 * @param metrics        unix seconds per metric, for example {@code sent} and {@code delivered}
 * @param msgTemplateId  deprecated template id, or {@code null}
 */
public record Message(
        String id,
        String deduplicateId,
        int campaignId,
        int actionId,
        Integer broadcastId,
        Integer newsletterId,
        Integer contentId,
        long created,
        String recipient,
        String subject,
        String type,
        String failureMessage,
        boolean forgotten,
        Map<String, Long> metrics,
        String msgTemplateId) {

    private static final Set<String> TYPES =
            Set.of("email", "webhook", "twilio", "slack", "push", "in_app", "whatsapp");

    public Message {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("message type must be one of " + TYPES + ", not " + type);
        }
        subject = subject == null ? "" : subject;
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** An email of a campaign action; refine it with the {@code with...} methods. */
    public static Message email(int campaignId, int actionId, String subject) {
        return new Message(
                null,
                null,
                campaignId,
                actionId,
                null,
                null,
                null,
                0,
                null,
                subject,
                "email",
                null,
                false,
                Map.of(),
                null);
    }

    public static Message of(String type, int campaignId, int actionId, String subject) {
        return new Message(
                null,
                null,
                campaignId,
                actionId,
                null,
                null,
                null,
                0,
                null,
                subject,
                type,
                null,
                false,
                Map.of(),
                null);
    }

    public Message at(long createdUnixSeconds) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                createdUnixSeconds,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withId(String messageId, String messageDeduplicateId) {
        return new Message(
                messageId,
                messageDeduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withRecipient(String messageRecipient) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                messageRecipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withNewsletter(Integer messageNewsletterId, Integer messageContentId) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                messageNewsletterId,
                messageContentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withBroadcast(Integer messageBroadcastId) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                messageBroadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withFailure(String message) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                message,
                forgotten,
                metrics,
                msgTemplateId);
    }

    public Message withForgotten(boolean messageForgotten) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                messageForgotten,
                metrics,
                msgTemplateId);
    }

    public Message withMetric(String metric, long unixSeconds) {
        Map<String, Long> copy = new LinkedHashMap<>(metrics);
        copy.put(Objects.requireNonNull(metric), unixSeconds);
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                copy,
                msgTemplateId);
    }

    public Message withTemplate(String templateId) {
        return new Message(
                id,
                deduplicateId,
                campaignId,
                actionId,
                broadcastId,
                newsletterId,
                contentId,
                created,
                recipient,
                subject,
                type,
                failureMessage,
                forgotten,
                metrics,
                templateId);
    }
}
