package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import io.github.camelcustomerio.customers.simulator.model.Channel;
import io.github.camelcustomerio.customers.simulator.model.PreferencesHeader;
import io.github.camelcustomerio.customers.simulator.model.Topic;

/**
 * The subscription settings: channels, topics, and the subscription centre's header per language with the
 * default language.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class SubscriptionStore {

    private static final PreferencesHeader DEFAULT_HEADER =
            new PreferencesHeader("Your subscription preferences", "Choose the topics you want to hear about");

    private final NavigableMap<Integer, Channel> channels = new TreeMap<>();
    private final NavigableMap<Integer, Topic> topics = new TreeMap<>();
    private final Map<String, PreferencesHeader> headers = new LinkedHashMap<>();
    private String defaultLanguage = "en";

    SubscriptionStore() {
        headers.put(defaultLanguage, DEFAULT_HEADER);
    }

    Channel putChannel(Channel channel) {
        channels.put(channel.id(), channel);
        return channel;
    }

    boolean removeChannel(int channelId) {
        return channels.remove(channelId) != null;
    }

    List<Channel> channels() {
        return List.copyOf(channels.values());
    }

    Topic putTopic(Topic topic) {
        topics.put(topic.id(), topic);
        return topic;
    }

    boolean removeTopic(int topicId) {
        return topics.remove(topicId) != null;
    }

    List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    void setHeader(String language, PreferencesHeader header) {
        headers.put(language.toLowerCase(Locale.ROOT), Objects.requireNonNull(header));
    }

    Map<String, PreferencesHeader> headers() {
        return Map.copyOf(headers);
    }

    void setDefaultLanguage(String language) {
        defaultLanguage = language.toLowerCase(Locale.ROOT);
    }

    String defaultLanguage() {
        return defaultLanguage;
    }
}
