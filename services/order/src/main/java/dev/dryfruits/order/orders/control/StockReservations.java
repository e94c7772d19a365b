package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.orders.entity.StockHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The inventory service's reservations, wrapped once: a timeout, one retry (every call is idempotent there: one
 * reservation per order, confirming or releasing again changes nothing) and one circuit; a refusal (409: not enough
 * stock, a reservation no longer held) is an answer, left alone by both.
 */
@ApplicationScoped
public class StockReservations {

    @Inject
    @RestClient
    InventoryReservations reservations;

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public StockHold reserve(UUID orderId, List<InventoryReservations.Line> lines, int ttlSeconds) {
        return reservations.reserve(new InventoryReservations.Request(orderId, lines, ttlSeconds));
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public Optional<StockHold> ofOrder(UUID orderId) {
        return reservations.ofOrder(orderId).stream().findFirst();
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public StockHold confirm(UUID reservationId) {
        return reservations.confirm(reservationId);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public StockHold release(UUID reservationId) {
        return reservations.release(reservationId);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public StockHold restock(UUID reservationId) {
        return reservations.restock(reservationId);
    }
}
