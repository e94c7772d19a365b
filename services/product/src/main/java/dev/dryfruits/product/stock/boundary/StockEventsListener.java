package dev.dryfruits.product.stock.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventEnvelope;
import dev.dryfruits.kit.events.IncomingEvent;
import dev.dryfruits.product.stock.control.StockLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The inventory service's stock figures, for "in stock" on listings and in search. */
@ApplicationScoped
public class StockEventsListener {

    static final String CONSUMER = "product";

    @Inject
    EventConsumer consumer;

    @Inject
    StockLevels stockLevels;

    @Incoming("inventory")
    public CompletionStage<Void> onInventoryEvent(Message<String> message) {
        consumer.consume(CONSUMER, IncomingEvent.of(message.unwrap(ConsumerRecord.class)), this::apply);
        return message.ack();
    }

    void apply(EventEnvelope event) {
        if ("StockChanged".equals(event.name())) {
            JsonObject data = event.data();
            stockLevels.record(data.getString("sku"), data.getInt("available"),
                    data.getJsonNumber("version").longValue());
        }
    }
}
