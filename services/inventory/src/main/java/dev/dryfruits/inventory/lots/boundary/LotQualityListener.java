package dev.dryfruits.inventory.lots.boundary;

import dev.dryfruits.inventory.lots.control.Lots;
import dev.dryfruits.inventory.reservations.control.Recalls;
import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The quality service's decisions on lots, from their lab reports: release, quarantine, recall. */
@ApplicationScoped
public class LotQualityListener {

    static final String CONSUMER = "inventory";

    @Inject
    EventConsumer consumer;

    @Inject
    Lots lots;

    @Inject
    Recalls recalls;

    @Incoming("lot-quality")
    public CompletionStage<Void> onLotDecision(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        UUID lotId = UUID.fromString(event.data().getString("lotId"));
        String reason = event.data().getString("reason", event.name());
        switch (event.name()) {
            case "LotReleased" -> lots.release(lotId, reason);
            case "LotQuarantined" -> lots.quarantine(lotId, reason);
            case "LotRecalled" -> recalls.recall(lotId, reason);
            default -> {
                // Other decisions are not about stock.
            }
        }
    }
}
