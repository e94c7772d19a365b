package dev.dryfruits.quality.lots.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.quality.lots.control.QualityLots;
import dev.dryfruits.quality.lots.entity.InventoryEvents.LotReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Lots the inventory service received: each waits in quarantine for its lab report here. */
@ApplicationScoped
public class InventoryEventsListener {

    static final String CONSUMER = "quality";

    @Inject
    EventConsumer consumer;

    @Inject
    QualityLots lots;

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(LotReceived.class, this::received);

    @Incoming("inventory")
    public CompletionStage<Void> onInventoryEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }

    void received(LotReceived lot) {
        lots.received(lot.lotId(), lot.sellerId(), lot.sku(), lot.productId().orElse(null),
                lot.category().orElse("unknown"), lot.lotNumber());
    }
}
