package dev.dryfruits.order.catalog.boundary;

import dev.dryfruits.kit.events.EventConsumer;
import dev.dryfruits.kit.events.EventSubscription;
import dev.dryfruits.order.catalog.control.Listings;
import dev.dryfruits.order.catalog.entity.CatalogEvents.ProductPaused;
import dev.dryfruits.order.catalog.entity.CatalogEvents.ProductPriceChanged;
import dev.dryfruits.order.catalog.entity.CatalogEvents.ProductPublished;
import dev.dryfruits.order.catalog.entity.CatalogEvents.ProductRejected;
import dev.dryfruits.order.catalog.entity.CatalogEvents.StockChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps this service's copy of the catalog: listings from the product service, stock from the inventory service. */
@ApplicationScoped
public class CatalogEventsListener {

    static final String CONSUMER = "order";

    @Inject
    EventConsumer consumer;

    @Inject
    Listings listings;

    private final EventSubscription products = EventSubscription.of(CONSUMER)
            .on(ProductPublished.class, product -> listings.published(product))
            .on(ProductPaused.class, product -> listings.withdrawn(product.productId()))
            .on(ProductRejected.class, product -> listings.withdrawn(product.productId()))
            .on(ProductPriceChanged.class, change -> listings.repriced(change));

    private final EventSubscription stock = EventSubscription.of(CONSUMER)
            .on(StockChanged.class, change -> listings.stock(change));

    @Incoming("products")
    public CompletionStage<Void> onProductEvent(Message<String> message) {
        return consumer.consume(message, products);
    }

    @Incoming("inventory")
    public CompletionStage<Void> onInventoryEvent(Message<String> message) {
        return consumer.consume(message, stock);
    }
}
