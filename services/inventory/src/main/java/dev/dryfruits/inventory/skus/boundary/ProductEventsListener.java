package dev.dryfruits.inventory.skus.boundary;

import dev.dryfruits.inventory.skus.control.Skus;
import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Learns the catalog's SKUs, and whose they are, when listings go on sale. */
@ApplicationScoped
public class ProductEventsListener {

    static final String CONSUMER = "inventory";

    @Inject
    EventConsumer consumer;

    @Inject
    Skus skus;

    @Incoming("products")
    public CompletionStage<Void> onProductEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        if (!"ProductPublished".equals(event.name())) {
            return;
        }
        JsonObject data = event.data();
        UUID productId = UUID.fromString(data.getString("productId"));
        UUID sellerId = UUID.fromString(data.getString("sellerId"));
        String category = data.getString("category", null);
        for (JsonValue value : data.getJsonArray("variants")) {
            JsonObject variant = value.asJsonObject();
            JsonNumber packGrams = variant.getJsonNumber("packGrams");
            skus.record(variant.getString("sku"), productId, sellerId, category,
                    packGrams == null ? null : packGrams.intValue());
        }
    }
}
