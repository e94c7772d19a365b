package dev.dryfruits.quality.lots.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.quality.lots.entity.InventoryLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The inventory service's answer to "is there such a lot (that the caller may see)?", for a lot this service has not
 * heard of yet: a short call, retried once; repeated failures open the circuit.
 */
@ApplicationScoped
public class LotLookup {

    @Inject
    @RestClient
    InventoryService inventory;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public InventoryLot lot(UUID lotId) {
        return inventory.lot(lotId);
    }
}
