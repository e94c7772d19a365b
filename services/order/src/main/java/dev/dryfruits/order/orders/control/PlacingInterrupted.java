package dev.dryfruits.order.orders.control;

/**
 * The placing request came back too late: the saga driver had taken the order over (its placing lease ran out) and
 * is undoing it. The request must not move it on.
 */
public class PlacingInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PlacingInterrupted(java.util.UUID orderId) {
        super("Order " + orderId + " is being undone: placing it took too long");
    }
}
