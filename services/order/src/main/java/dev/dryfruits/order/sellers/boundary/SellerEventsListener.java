package dev.dryfruits.order.sellers.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.order.sellers.control.Sellers;
import dev.dryfruits.order.sellers.entity.SellerEvents.SellerReinstated;
import dev.dryfruits.order.sellers.entity.SellerEvents.SellerRejected;
import dev.dryfruits.order.sellers.entity.SellerEvents.SellerSuspended;
import dev.dryfruits.order.sellers.entity.SellerEvents.SellerVerified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Learns sellers' business details (GSTIN, address) as the quality service approves them. */
@ApplicationScoped
public class SellerEventsListener {

    static final String CONSUMER = "order";

    @Inject
    EventConsumer consumer;

    @Inject
    Sellers sellers;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(SellerVerified.class, seller -> sellers.approved(seller.sellerId(), seller.legalName(),
                    seller.gstin(), seller.pan(), seller.address()))
            .on(SellerReinstated.class, seller -> sellers.approved(seller.sellerId(), seller.legalName(),
                    seller.gstin(), seller.pan(), seller.address()))
            .on(SellerSuspended.class, seller -> sellers.stopped(seller.sellerId()))
            .on(SellerRejected.class, seller -> sellers.stopped(seller.sellerId()));

    @Incoming("sellers")
    public CompletionStage<Void> onSellerEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
