package dev.dryfruits.notification.planning.control;

import dev.dryfruits.notification.planning.entity.NotificationRule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The rules of notification-rules.properties: which event causes which notification. */
@ApplicationScoped
public class NotificationRules {

    private static final String RESOURCE = "/notification-rules.properties";

    private List<NotificationRule> rules;

    @PostConstruct
    void load() {
        Properties definitions = new Properties();
        try (InputStream in = NotificationRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            definitions.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        rules = new TreeSet<>(definitions.stringPropertyNames()).stream()
                .map(event -> NotificationRule.parse(event, definitions.getProperty(event))).toList();
    }

    public Optional<NotificationRule> forEvent(String eventName) {
        return rules.stream().filter(rule -> rule.eventName().equals(eventName)).findFirst();
    }

    public List<NotificationRule> all() {
        return rules;
    }

    public Set<String> transactionalTypes() {
        Set<String> types = new TreeSet<>();
        rules.stream().filter(NotificationRule::transactional).forEach(rule -> types.add(rule.type()));
        return types;
    }
}
