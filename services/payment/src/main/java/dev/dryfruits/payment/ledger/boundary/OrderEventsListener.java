package dev.dryfruits.payment.ledger.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.payment.ledger.control.Sales;
import dev.dryfruits.payment.ledger.entity.OrderEvents.OrderCancelled;
import dev.dryfruits.payment.ledger.entity.OrderEvents.OrderConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The order service's confirmations and cancellations: the sales the ledger splits per seller, and their undoing. */
@ApplicationScoped
public class OrderEventsListener {

    static final String CONSUMER = "payment-ledger";

    @Inject
    EventConsumer consumer;

    @Inject
    Sales sales;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(OrderConfirmed.class, order -> sales.confirmed(order))
            .on(OrderCancelled.class, order -> sales.cancelled(order));

    @Incoming("orders")
    public CompletionStage<Void> onOrderEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
