package dev.dryfruits.notification.planning.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.notification.planning.control.NotificationPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The quality service's decisions on lots: the rules turn failures into messages to the lot's seller. */
@ApplicationScoped
public class LotQualityEventsListener {

    static final String CONSUMER = "notification";

    @Inject
    EventConsumer consumer;

    @Inject
    NotificationPlanner planner;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .onEveryEvent(event -> planner.plan(event));

    @Incoming("lot-quality")
    public CompletionStage<Void> onLotDecision(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
