package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Reserving is idempotent per order: a repeated request answers the order's first reservation, including when two
 * copies of it race on different replicas (the loser's insert breaks the one-reservation-per-order constraint, and
 * it answers the winner's).
 */
@ApplicationScoped
public class OrderReservations {

    @Inject
    Reservations reservations;

    public Reservations.Reserved reserve(ReservationRequest request, UUID callerId) {
        ReservationRequest.Checked checked = reservations.check(request);
        try {
            return reservations.reserve(checked, callerId);
        } catch (ProblemException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            return reservations.ofOrder(checked.orderId())
                    .map(winner -> new Reservations.Reserved(winner, false))
                    .orElseThrow(() -> failed);
        }
    }
}
