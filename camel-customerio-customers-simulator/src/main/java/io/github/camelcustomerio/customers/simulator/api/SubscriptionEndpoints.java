package io.github.camelcustomerio.customers.simulator.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiRequest;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.PreferencesHeader;
import io.github.camelcustomerio.customers.simulator.model.Topic;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/** getChannels, getPersonSubscriptionPreferences, getSubscriptionCenterToken. */
final class SubscriptionEndpoints {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");
    private static final String SUBSCRIPTION_CENTER_URL = "https://track.customer.io/u/i/";

    private final Workspace workspace;
    private final SubscriptionCenterTokens tokens;

    SubscriptionEndpoints(Workspace workspace, SubscriptionCenterTokens tokens) {
        this.workspace = workspace;
        this.tokens = tokens;
    }

    ApiResponse channels(ApiRequest request) {
        ObjectNode body = Json.object();
        ArrayNode channels = body.putArray("channels");
        workspace.channels().forEach(channel -> channels.add(WireFormat.channel(channel)));
        return ApiResponse.ok(body);
    }

    /**
     * Header and topics translated into the requested language. A malformed {@code language} value is the
     * simulator's reason for this operation's documented 400; an unknown but well-formed one falls back to
     * the default language.
     */
    ApiResponse preferences(ApiRequest request) {
        String language = request.query("language");
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw ApiException.invalidParameter("language", "language must be a language tag such as fr or pt-BR");
        }
        Person person = PersonLookup.require(request, workspace);
        Map<String, PreferencesHeader> headers = workspace.preferencesHeaders();
        String defaultLanguage = workspace.defaultLanguage();
        List<Topic> topics = workspace.topics();
        Set<String> available = new HashSet<>(headers.keySet());
        topics.forEach(topic -> available.addAll(topic.texts().keySet()));
        String chosen =
                LanguagePreference.choose(language, request.header("Accept-Language"), available, defaultLanguage);
        PreferencesHeader header =
                headers.getOrDefault(chosen, headers.getOrDefault(defaultLanguage, new PreferencesHeader("", "")));

        ObjectNode customer = Json.object();
        customer.put("id", person.id() != null ? person.id() : request.pathParameter("customer_id"));
        customer.set("identifiers", WireFormat.personIdentifiers(person));
        customer.put("unsubscribed", person.unsubscribed());
        customer.putObject("header").put("title", header.title()).put("subtitle", header.subtitle());
        ArrayNode topicList = customer.putArray("topics");
        for (Topic topic : topics) {
            Topic.Text text = topic.text(chosen, defaultLanguage);
            topicList
                    .addObject()
                    .put("id", Integer.toString(topic.id()))
                    .put("name", text.name())
                    .put("description", text.description())
                    .put("subscribed", person.topicPreferences().getOrDefault(topic.id(), topic.subscribedByDefault()));
        }
        ObjectNode body = Json.object();
        body.set("customer", customer);
        return ApiResponse.ok(body);
    }

    /** Takes a person's id or email (no {@code id_type}); unknown people are answered 400, as documented. */
    ApiResponse token(ApiRequest request) {
        String customerId = request.pathParameter("customer_id");
        Person person = workspace
                .findPerson(IdType.ID, customerId)
                .or(() -> workspace.findPerson(IdType.EMAIL, customerId))
                .orElseThrow(() -> ApiException.withoutCode(400, "customer not found"));
        String token = tokens.issue(person);
        return ApiResponse.ok(Json.object().put("token", token).put("url", SUBSCRIPTION_CENTER_URL + token + "/"));
    }
}
