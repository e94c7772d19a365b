package dev.dryfruits.product.sellers.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import dev.dryfruits.product.seeding.control.DemoCatalog;
import dev.dryfruits.product.sellers.control.Sellers;
import dev.dryfruits.product.sellers.entity.SellerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @Incoming("sellers")
    public CompletionStage<Void> onSellerEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        JsonObject data = event.data();
        UUID sellerId = UUID.fromString(data.getString("sellerId"));
        String legalName = data.getString("legalName", null);
        switch (event.name()) {
            case "SellerVerified" -> {
                sellers.record(sellerId, legalName, SellerStatus.VERIFIED);
                demoCatalog.listIfDemo(sellerId, legalName);
            }
            case "SellerReinstated" -> sellers.record(sellerId, legalName, SellerStatus.VERIFIED);
            case "SellerSuspended" -> sellers.record(sellerId, legalName, SellerStatus.SUSPENDED);
            case "SellerRejected" -> sellers.record(sellerId, legalName, SellerStatus.REJECTED);
            default -> {
                // Events this service has no use for.
            }
        }
    }
}
