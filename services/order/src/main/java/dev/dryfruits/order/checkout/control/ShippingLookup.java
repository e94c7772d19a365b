package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.checkout.entity.ShipmentPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The shipping service's price for one shipment: short, retried once, its own circuit; a refusal (the address's
 * state is not its pincode's, no cash on delivery there) comes back to the caller as it is.
 */
@ApplicationScoped
public class ShippingLookup {

    @Inject
    @RestClient
    ShippingRates shipping;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public ShipmentPrice.Answer price(ShipmentPrice.Request shipment) {
        return shipping.quote(shipment);
    }
}
