package dev.dryfruits.notification.planning.entity;

import dev.dryfruits.notification.delivery.entity.Channel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which notification an event causes: its type (which names its templates), its channels, and whether it is
 * transactional (sent whatever the user's preferences).
 */
public record NotificationRule(String eventName, String type, Set<Channel> channels, boolean transactional) {

    /** Parses one line of notification-rules.properties: {@code TYPE : CHANNEL[+CHANNEL] [: transactional]}. */
    public static NotificationRule parse(String eventName, String definition) {
        String[] parts = definition.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("Rule for " + eventName + " must read TYPE : CHANNELS [: transactional]");
        }
        Set<Channel> channels = new LinkedHashSet<>();
        Arrays.stream(parts[1].split("\\+")).map(String::strip)
                .forEach(channel -> channels.add(Channel.valueOf(channel.toUpperCase(Locale.ROOT))));
        boolean transactional = parts.length == 3 && "transactional".equalsIgnoreCase(parts[2].strip());
        if (parts.length == 3 && !transactional) {
            throw new IllegalArgumentException("Rule for " + eventName + ": unknown flag '" + parts[2].strip() + "'");
        }
        return new NotificationRule(eventName, parts[0].strip(), Set.copyOf(channels), transactional);
    }
}
