package dev.dryfruits.inventory.lots.boundary;

import dev.dryfruits.inventory.lots.control.Lots;
import dev.dryfruits.inventory.lots.entity.LotQualityEvents.LotQuarantined;
import dev.dryfruits.inventory.lots.entity.LotQualityEvents.LotRecalled;
import dev.dryfruits.inventory.lots.entity.LotQualityEvents.LotReleased;
import dev.dryfruits.inventory.reservations.control.Recalls;
import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
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

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(LotReleased.class, lot -> lots.release(lot.lotId(), lot.reason().orElse("LotReleased")))
            .on(LotQuarantined.class, lot -> lots.quarantine(lot.lotId(), lot.reason().orElse("LotQuarantined")))
            .on(LotRecalled.class, lot -> recalls.recall(lot.lotId(), lot.reason().orElse("LotRecalled")));

    @Incoming("lot-quality")
    public CompletionStage<Void> onLotDecision(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
