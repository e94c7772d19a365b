package dev.dryfruits.inventory.skus.boundary;

import dev.dryfruits.inventory.skus.control.Skus;
import dev.dryfruits.inventory.skus.entity.ProductEvents.ProductPublished;
import dev.dryfruits.inventory.skus.entity.ProductEvents.Variant;
import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
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

    private final EventSubscription subscription = EventSubscription.of(CONSUMER)
            .on(ProductPublished.class, this::published);

    @Incoming("products")
    public CompletionStage<Void> onProductEvent(Message<String> message) {
        return consumer.consume(message, subscription);
    }

    void published(ProductPublished product) {
        for (Variant variant : product.variants()) {
            skus.record(variant.sku(), product.productId(), product.sellerId(), product.category().orElse(null),
                    variant.packGrams());
        }
    }
}
