package dev.dryfruits.notification.planning.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.notification.planning.control.NotificationPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The order service's events: the rules turn confirmations and cancellations into messages to the customer, and each
 * new sub-order into one to its seller.
 */
@ApplicationScoped
public class OrderEventsListener {

    static final String CONSUMER = "notification";

    @Inject
    EventConsumer consumer;

    @Inject
    NotificationPlanner planner;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .onEveryEvent(event -> planner.plan(event));

    @Incoming("orders")
    public CompletionStage<Void> onOrderEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
