package dev.dryfruits.notification.planning.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.notification.planning.control.NotificationPlanner;
import dev.dryfruits.notification.recipients.control.Directory;
import dev.dryfruits.notification.recipients.entity.UserEvents.UserDisabled;
import dev.dryfruits.notification.recipients.entity.UserEvents.UserEnabled;
import dev.dryfruits.notification.recipients.entity.UserEvents.UserRegistered;
import dev.dryfruits.notification.recipients.entity.UserEvents.UserUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The user service's events: keep the directory of recipients up to date, then queue the notifications the rules
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

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(UserRegistered.class, user -> directory.describe(user.userId(), user.email(), user.fullName(),
                    user.phone().orElse(null), user.role()))
            .on(UserUpdated.class, user -> directory.describe(user.userId(), user.email(), user.fullName(),
                    user.phone().orElse(null), user.role()))
            .on(UserDisabled.class, user -> directory.setActive(user.userId(), false))
            .on(UserEnabled.class, user -> directory.setActive(user.userId(), true))
            .onEveryEvent(event -> planner.plan(event));

    @Incoming("users")
    public CompletionStage<Void> onUserEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
