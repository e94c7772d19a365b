package dev.dryfruits.product.sellers.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.product.seeding.control.DemoCatalog;
import dev.dryfruits.product.sellers.control.Sellers;
import dev.dryfruits.product.sellers.entity.SellerEvents.SellerReinstated;
import dev.dryfruits.product.sellers.entity.SellerEvents.SellerRejected;
import dev.dryfruits.product.sellers.entity.SellerEvents.SellerSuspended;
import dev.dryfruits.product.sellers.entity.SellerEvents.SellerVerified;
import dev.dryfruits.product.sellers.entity.SellerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The quality service's decisions about sellers: who may list, and whose listings are visible. Each event is
 * applied once (the kit's inbox), in one transaction; the events of one seller arrive in order (keyed by seller).
 */
@ApplicationScoped
public class SellerEventsListener {

    static final String CONSUMER = "product";

    @Inject
    EventConsumer consumer;

    @Inject
    Sellers sellers;

    @Inject
    DemoCatalog demoCatalog;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(SellerVerified.class, this::verified)
            .on(SellerReinstated.class, seller -> sellers.record(seller.sellerId(), seller.legalName(),
                    SellerStatus.VERIFIED))
            .on(SellerSuspended.class, seller -> sellers.record(seller.sellerId(), null, SellerStatus.SUSPENDED))
            .on(SellerRejected.class, seller -> sellers.record(seller.sellerId(), null, SellerStatus.REJECTED));

    @Incoming("sellers")
    public CompletionStage<Void> onSellerEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }

    void verified(SellerVerified seller) {
        sellers.record(seller.sellerId(), seller.legalName(), SellerStatus.VERIFIED);
        demoCatalog.listIfDemo(seller.sellerId(), seller.legalName());
    }
}
