package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.checkout.control.CheckoutQuotes;
import dev.dryfruits.order.checkout.entity.CheckoutQuote;
import dev.dryfruits.order.orders.entity.CancelCode;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderStatus;
import dev.dryfruits.order.orders.entity.PaymentState;
import dev.dryfruits.order.orders.entity.SagaStep;
import dev.dryfruits.order.orders.entity.StockHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places an order from the cart, as the customer last saw it quoted, once per Idempotency-Key: the order is opened,
 * its stock held (not enough: 409, before any payment), its payment made at the payment service (the customer then
 * approves it with the processor; cash on delivery confirms at once). When a service does not answer on the way, what
 * was done is undone and the answer is 503: nothing was charged, and the same key may be tried again. The order's
 * state is persisted at every step, so the saga driver finishes what a crashed request started.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    @Inject
    OrderStore store;

    @Inject
    Orders orders;

    @Inject
    CheckoutQuotes quotes;

    @Inject
    StockReservations stock;

    @Inject
    OrderPayments payments;

    @Inject
    OrderSaga saga;

    @Inject
    @ConfigProperty(name = "dryfruits.order.reservation-ttl")
    Duration reservationTtl;

    /** An order placed, and whether this request placed it (or answers the first one with this key). */
    public record Placed(CustomerOrder order, boolean created) {
    }

    public Placed place(UUID customerId, String idempotencyKey, PlaceOrderRequest request) {
        PlaceOrderRequest.Checked checked = PlaceOrderRequest.required(request).validated(idempotencyKey);
        Optional<CustomerOrder> earlier = store.byKey(customerId, checked.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(earlier.get(), checked);
        }
        CheckoutQuote quote = quotes.quoteAsShown(customerId, checked.quote());
        Orders.Opened opened = orders.open(customerId, checked.idempotencyKey(), checked.digest(), quote);
        if (!opened.created()) {
            // The same key on another thread or replica opened it first.
            return replay(opened.order(), checked);
        }
        CustomerOrder order = opened.order();
        holdStock(order);
        PaymentState payment = pay(order, checked);
        try {
            orders.paymentCreated(order.id(), payment);
        } catch (PlacingInterrupted tooLate) {
            // The saga took it over and undoes it (the payment is abandoned with it): nothing is charged.
            throw ProblemException.serviceUnavailable("Placing the order took too long and it was undone; nothing"
                    + " was charged. Try again with a new Idempotency-Key", Duration.ofSeconds(5));
        }
        if ("COD".equals(order.paymentMethod())) {
            saga.advanceNow(order.id());
        }
        return new Placed(store.find(order.id()).orElseThrow(), true);
    }

    private void holdStock(CustomerOrder order) {
        List<InventoryReservations.Line> lines = new ArrayList<>();
        Map<String, Integer> packs = new LinkedHashMap<>();
        order.subOrders().forEach(subOrder -> subOrder.lines().forEach(line -> packs.merge(line.sku(),
                line.quantity(), Integer::sum)));
        packs.forEach((sku, quantity) -> lines.add(new InventoryReservations.Line(sku, quantity)));
        try {
            StockHold hold = stock.reserve(order.id(), lines, (int) reservationTtl.toSeconds());
            orders.stockHeld(order.id(), hold.id());
        } catch (PeerResponses.Refusal refused) {
            if (refused.status() != 409) {
                throw undo(order, "the inventory service refused to hold the stock", refused);
            }
            String reason = "Not enough stock: " + refused.detail().orElse("some packs are no longer available");
            orders.notPlaced(order.id(), CancelCode.OUT_OF_STOCK, reason);
            throw outOfStock(reason, refused, lines);
        } catch (RuntimeException unreachable) {
            throw undo(order, "the inventory service did not answer", unreachable);
        }
    }

    private PaymentState pay(CustomerOrder order, PlaceOrderRequest.Checked checked) {
        PaymentsApi.NewPayment payment = new PaymentsApi.NewPayment(order.id(), 1, order.customerId(),
                MoneyView.of(order.total()), order.paymentMethod(), checked.upi(), checked.card(),
                checked.netbanking());
        PaymentState made;
        try {
            made = payments.create(payment);
        } catch (PeerResponses.Refusal refused) {
            ProblemException undone = undo(order, "the payment was refused", refused);
            if (refused.status() == 400 && !refused.violations().isEmpty()) {
                // The instrument's fields have the same names in this request (upi.vpa, card.number...).
                throw ProblemException.invalidFields(refused.violations());
            }
            throw undone;
        } catch (RuntimeException unreachable) {
            throw undo(order, "the payment service did not answer", unreachable);
        }
        if (!made.isPayable()) {
            // It exists, but the processor has not given it a page to be approved on (it did not answer in time).
            throw undo(order, "the payment could not be started (" + made.status() + ")", new IllegalStateException(
                    "Payment " + made.id() + " is " + made.status() + " without a way to pay it"));
        }
        return made;
    }

    /**
     * Undoes what placing did (stop any payment, release any stock), now if the services answer, else through the
     * saga driver; nothing was charged. Answers 503: the same key may be tried again once it is undone.
     */
    private ProblemException undo(CustomerOrder order, String what, RuntimeException cause) {
        LOG.log(Level.WARNING, "Order " + order.id() + " could not be placed: " + what, cause);
        orders.cancel(order.id(), CancelCode.NOT_PLACED, "Could not be placed: " + what + "; nothing was charged");
        try {
            saga.advanceNow(order.id());
        } catch (RuntimeException later) {
            // The saga driver tries again.
        }
        ProblemException unavailable = ProblemException.serviceUnavailable("The order could not be placed: " + what
                + ". Nothing was charged; try again in a few seconds with the same Idempotency-Key",
                Duration.ofSeconds(5));
        unavailable.initCause(cause);
        return unavailable;
    }

    private Placed replay(CustomerOrder earlier, PlaceOrderRequest.Checked checked) {
        if (earlier.status() == OrderStatus.PLACING || (earlier.status() == OrderStatus.NOT_PLACED
                && earlier.step() == SagaStep.COMPENSATE)) {
            throw ProblemException.onItsWay("An order with this Idempotency-Key is being placed (or undone); ask"
                    + " again in a moment", RETRY_AFTER);
        }
        if (!earlier.requestDigest().equals(checked.digest())) {
            throw new ProblemException(422, "idempotency-key-reused", "Unprocessable content", "This"
                    + " Idempotency-Key was used for another order request; use a new key for a new order");
        }
        if (earlier.status() == OrderStatus.NOT_PLACED && earlier.cancelCode() == CancelCode.OUT_OF_STOCK) {
            throw ProblemException.conflict("out-of-stock", earlier.cancelReason());
        }
        return new Placed(earlier, false);
    }

    /** 409 before any payment, naming each line of the order that is short, in the cart's terms. */
    private static ProblemException outOfStock(String reason, PeerResponses.Refusal refused,
                                               List<InventoryReservations.Line> lines) {
        List<Problem.Violation> shortOf = new ArrayList<>();
        for (Problem.Violation violation : refused.violations()) {
            String message = violation.message();
            String sku = message.contains(":") ? message.substring(0, message.indexOf(':')) : message;
            shortOf.add(new Problem.Violation(sku, message.contains(":")
                    ? message.substring(message.indexOf(':') + 1).strip() : message));
        }
        return new ProblemException(409, "out-of-stock", "Conflict", reason + ". Nothing was charged; change the cart"
                + " and try again", shortOf, Map.of());
    }
}
