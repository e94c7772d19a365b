package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.checkout.entity.DeliveryAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The user service's answer to "which address is this of the customer's?": short, retried once, its own circuit. */
@ApplicationScoped
public class AddressLookup {

    @Inject
    @RestClient
    AddressBook addresses;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public DeliveryAddress address(UUID id) {
        return addresses.address(id);
    }
}
