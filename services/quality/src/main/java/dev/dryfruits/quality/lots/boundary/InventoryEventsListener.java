package dev.dryfruits.quality.lots.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import dev.dryfruits.quality.lots.control.QualityLots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @Incoming("inventory")
    public CompletionStage<Void> onInventoryEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        if (!"LotReceived".equals(event.name())) {
            return;
        }
        JsonObject data = event.data();
        String productId = data.getString("productId", null);
        lots.received(UUID.fromString(data.getString("lotId")), UUID.fromString(data.getString("sellerId")),
                data.getString("sku"), productId == null ? null : UUID.fromString(productId),
                data.getString("category", "unknown"), data.getString("lotNumber"));
    }
}
