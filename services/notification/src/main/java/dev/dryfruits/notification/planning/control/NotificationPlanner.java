package dev.dryfruits.notification.planning.control;

import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.notification.delivery.control.Notifications;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.Notification;
import dev.dryfruits.notification.planning.entity.NotificationRule;
import dev.dryfruits.notification.preferences.control.PreferenceBook;
import dev.dryfruits.notification.preferences.entity.Preferences;
import dev.dryfruits.notification.recipients.control.Directory;
import dev.dryfruits.notification.recipients.entity.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an event into the messages its rule asks for: one per allowed channel the recipient has an address for,
 * rendered now and queued as PENDING in the delivery log, in the same transaction as the event's processing.
 */
@ApplicationScoped
public class NotificationPlanner {

    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class.getName());

    @Inject
    NotificationRules rules;

    @Inject
    Templates templates;

    @Inject
    Directory directory;

    @Inject
    PreferenceBook preferences;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "dryfruits.public-url")
    String publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notification> plan(EventEnvelope event) {
        Optional<NotificationRule> rule = rules.forEvent(event.name());
        if (rule.isEmpty()) {
            return List.of();
        }
        UUID userId = UUID.fromString(event.data().getString("userId"));
        Recipient recipient = directory.find(userId).orElseThrow(() ->
                new IllegalStateException("No recipient " + userId + " known for " + event.type()));
        Preferences allowed = preferences.of(userId);
        Map<String, Object> model = model(event, recipient);
        Instant now = Instant.now();
        List<Notification> planned = new java.util.ArrayList<>();
        for (Channel channel : rule.get().channels()) {
            String address = channel == Channel.EMAIL ? recipient.email() : recipient.phone();
            if (address == null || (!rule.get().transactional() && !allowed.allows(channel))) {
                LOG.fine(() -> "No " + channel + " " + rule.get().type() + " for " + userId);
                continue;
            }
            Notification notification = new Notification(userId, channel, rule.get().type(), address,
                    templates.render(rule.get().type(), channel, model), event.id(), now);
            notifications.add(notification);
            planned.add(notification);
        }
        return planned;
    }

    private Map<String, Object> model(EventEnvelope event, Recipient recipient) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", plain(event.data()));
        model.put("recipient", recipient.templateModel());
        model.put("publicUrl", publicUrl);
        model.put("isSeller", "SELLER".equals(recipient.role()));
        model.put("isCustomer", "CUSTOMER".equals(recipient.role()));
        return model;
    }

    /** JSON as plain maps, lists, strings and numbers, which is what the templates navigate. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new HashMap<>();
                ((JsonObject) value).forEach((name, member) -> map.put(name, plain(member)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(NotificationPlanner::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE, NULL -> null;
        };
    }
}
