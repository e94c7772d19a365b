package dev.dryfruits.order.catalog.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.catalog.entity.ListedProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The product service's answer to "which listing sells this SKU?", for a SKU this service has not heard of yet: a
 * short call, retried once; repeated failures open the circuit.
 */
@ApplicationScoped
public class CatalogLookup {

    @Inject
    @RestClient
    ProductCatalog products;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public ListedProduct listingWith(String sku) {
        return products.listingWith(sku);
    }
}
