package dev.dryfruits.product.sellers.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.Peers;
import dev.dryfruits.product.sellers.entity.SellerVerificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The quality service's answer to "is the calling seller verified?", for when this service has not heard yet (the
 * approval's event takes a moment to arrive): a short call, retried once; repeated failures open the circuit, and
 * callers hear 503 at once meanwhile ({@link Peers}).
 */
@ApplicationScoped
public class VerificationLookup {

    @Inject
    @RestClient
    QualityService quality;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public SellerVerificationStatus callersVerification() {
        return quality.callersVerification();
    }
}
