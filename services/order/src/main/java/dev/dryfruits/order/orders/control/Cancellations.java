package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.order.orders.entity.CancelCode;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Cancelling an order before it is dispatched (no sub-order has shipped: shipments come with fulfilment): by its
 * customer, or by an administrator with a reason. The stock goes back to its lots and the payment is stopped or
 * refunded in full, by the saga; the answer is the order being cancelled. Cancelling again changes nothing.
 */
@ApplicationScoped
public class Cancellations {

    @Inject
    OrderStore store;

    @Inject
    Orders orders;

    public CustomerOrder byCustomer(UUID customerId, UUID orderId) {
        CustomerOrder order = store.find(orderId).filter(found -> found.customerId().equals(customerId)
                && found.status() != OrderStatus.NOT_PLACED).orElseThrow(() -> ProblemException.notFound("Order "
                + orderId));
        return cancel(order, CancelCode.CUSTOMER, "Cancelled by the customer");
    }

    public CustomerOrder byAdministrator(UUID orderId, Reason request) {
        FieldCheck check = new FieldCheck();
        String reason = check.text("reason", request == null ? null : request.reason(), 1, 200);
        check.throwIfAny();
        CustomerOrder order = store.find(orderId).orElseThrow(() -> ProblemException.notFound("Order " + orderId));
        return cancel(order, CancelCode.ADMINISTRATOR, "Cancelled by an administrator: " + reason);
    }

    /** The body of an administrator's cancellation. */
    public record Reason(String reason) {
    }

    private CustomerOrder cancel(CustomerOrder order, CancelCode code, String reason) {
        if (EnumSet.of(OrderStatus.CANCELLING, OrderStatus.CANCELLED).contains(order.status())) {
            return order;
        }
        if (!order.isCancellable()) {
            throw ProblemException.conflict("not-cancellable", "Order " + order.id() + " is " + order.status()
                    + (order.status() == OrderStatus.PLACING ? ": it is still being placed; try again in a moment"
                    : " and can no longer be cancelled"));
        }
        orders.cancel(order.id(), code, reason);
        return store.find(order.id()).orElseThrow();
    }
}
