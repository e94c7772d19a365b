package dev.dryfruits.order.orders.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.order.orders.control.Orders;
import dev.dryfruits.order.orders.entity.PaymentEvents.PaymentCaptured;
import dev.dryfruits.order.orders.entity.PaymentEvents.PaymentFailed;
import dev.dryfruits.order.orders.entity.PaymentEvents.RefundProcessed;
import dev.dryfruits.order.orders.entity.PaymentEvents.RefundRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The payment service's news of orders' payments: captured (confirm), failed or expired (cancel), refunds. */
@ApplicationScoped
public class PaymentEventsListener {

    static final String CONSUMER = "order";

    @Inject
    EventConsumer consumer;

    @Inject
    Orders orders;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(PaymentCaptured.class, payment -> orders.paid(payment.orderId()))
            .on(PaymentFailed.class, payment -> orders.paymentFailed(payment.orderId(), payment.status(),
                    payment.reason().orElse(null)))
            .on(RefundRequested.class, refund -> orders.refundRequested(refund.orderId(), refund.amount().toMoney(),
                    refund.reason()))
            .on(RefundProcessed.class, refund -> orders.refundProcessed(refund.orderId(), refund.amount().toMoney()));

    @Incoming("payments")
    public CompletionStage<Void> onPaymentEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
