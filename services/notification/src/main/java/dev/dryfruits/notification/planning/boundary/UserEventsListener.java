package dev.dryfruits.notification.planning.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import dev.dryfruits.notification.planning.control.NotificationPlanner;
import dev.dryfruits.notification.recipients.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The user service's events: keep the directory of recipients up to date, and queue the notifications the rules
 * ask for. Each event is applied once (the kit's inbox), in one transaction; then the message is acknowledged.
 */
@ApplicationScoped
public class UserEventsListener {

    static final String CONSUMER = "notification";

    @Inject
    EventConsumer consumer;

    @Inject
    Directory directory;

    @Inject
    NotificationPlanner planner;

    @Incoming("users")
    public CompletionStage<Void> onUserEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        JsonObject data = event.data();
        switch (event.name()) {
            case "UserRegistered", "UserUpdated" -> directory.describe(UUID.fromString(data.getString("userId")),
                    data.getString("email"), data.getString("fullName"), data.getString("phone", null),
                    data.getString("role"));
            case "UserDisabled" -> directory.setActive(UUID.fromString(data.getString("userId")), false);
            case "UserEnabled" -> directory.setActive(UUID.fromString(data.getString("userId")), true);
            default -> {
                // Events this service has no use for.
            }
        }
        planner.plan(event);
    }
}
