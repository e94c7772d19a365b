package dev.dryfruits.product.stock.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.product.stock.control.StockLevels;
import dev.dryfruits.product.stock.entity.InventoryEvents.StockChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
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

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(StockChanged.class, stock -> stockLevels.record(stock.sku(), stock.available(), stock.version()));

    @Incoming("inventory")
    public CompletionStage<Void> onInventoryEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }
}
