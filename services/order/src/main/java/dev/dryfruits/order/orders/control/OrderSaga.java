package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.scheduling.PeriodicWork;
import dev.dryfruits.order.orders.entity.CancelCode;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderStatus;
import dev.dryfruits.order.orders.entity.PaymentState;
import dev.dryfruits.order.orders.entity.SagaStep;
import dev.dryfruits.order.orders.entity.StockHold;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives each order's saga from its persisted state, outside any request, on every replica: an order with a step
 * due is taken with a lease (no other replica works on it meanwhile; if this one dies, the lease runs out and
 * another takes it), its remote work done outside any transaction, and the outcome recorded. Every remote call is
 * idempotent, so a step cut short by a crash is simply done again:
 * <ul>
 * <li>CONFIRM: take the held stock from its lots (inventory), then confirm the order; if the stock is no longer held,
 * undo the order (its payment is refunded);</li>
 * <li>COMPENSATE: tell the payment service the order gave up (it cancels the payment, or refunds it in full, and
 * refunds one made later), give the stock back (release it if held, return it to its lots if it was taken), then
 * cancel the order.</li>
 * </ul>
 * It also takes over an order whose placing request died (undone: it never was placed), and asks the payment service
 * about an order whose payment it has heard nothing of for a while.
 */
@ApplicationScoped
public class OrderSaga {

    private static final Logger LOG = Logger.getLogger(OrderSaga.class.getName());
    private static final int BATCH = 50;
    /** Orders taken per claim: few, so that each is done well within its lease. */
    private static final int CLAIM = 5;
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    PeriodicWork periodicWork;

    @Inject
    OrderStore store;

    @Inject
    Orders orders;

    @Inject
    StockReservations stock;

    @Inject
    OrderPayments payments;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "dryfruits.order.saga-interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "dryfruits.order.payment-check-after")
    Duration paymentCheckAfter;

    private final AtomicBoolean requested = new AtomicBoolean();

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Order saga", interval, interval, this::round);
    }

    /** An order has a step due now: a round runs at once, off the caller's thread. */
    void wake(@Observes SagaStepDue due) {
        if (requested.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    requested.set(false);
                    round();
                });
            } catch (RejectedExecutionException stopping) {
                requested.set(false);
            }
        }
    }

    void round() {
        store.abandonedPlacings(BATCH).forEach(id -> each(id, "takeover", () -> orders.cancel(id,
                CancelCode.NOT_PLACED, "Placing it was interrupted; nothing was charged")));
        List<UUID> due;
        do {
            due = store.claimDue(CLAIM, LEASE);
            due.forEach(this::advance);
        } while (due.size() == CLAIM);
        store.quietPayments(Instant.now().minus(paymentCheckAfter), BATCH).forEach(id -> each(id,
                "payment check", () -> askAboutPayment(id)));
    }

    /**
     * Does the order's due step now, in the caller's thread (the placing request: cash on delivery confirms at once,
     * a failed placing is undone at once). The driver may be doing the same step at the same moment: every call is
     * idempotent and the outcome is recorded once (the step is checked again under the order's lock).
     */
    public void advanceNow(UUID orderId) {
        advance(orderId);
    }

    private void advance(UUID orderId) {
        Optional<CustomerOrder> found = store.find(orderId);
        if (found.isEmpty()) {
            return;
        }
        CustomerOrder order = found.get();
        try {
            if (order.step() == SagaStep.CONFIRM) {
                confirm(order);
            } else if (order.step() == SagaStep.COMPENSATE) {
                compensate(order);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.INFO, "Order " + orderId + ": " + order.step() + " failed this time ("
                    + failed + "); trying again later");
            orders.retryLater(orderId, String.valueOf(failed));
        }
    }

    private void confirm(CustomerOrder order) {
        UUID reservation = order.reservationId().orElseThrow(() -> new IllegalStateException("Order " + order.id()
                + " has no reservation to confirm"));
        StockHold hold;
        try {
            hold = stock.confirm(reservation);
        } catch (PeerResponses.Refusal gone) {
            orders.cancel(order.id(), CancelCode.STOCK_LOST, "The packs were no longer held when the payment arrived ("
                    + gone.detail().orElse("the reservation ended") + "); the payment is refunded in full");
            return;
        }
        orders.confirmed(order.id(), hold);
    }

    private void compensate(CustomerOrder order) {
        payments.abandon(order.id(), order.cancelReason());
        // Asked by order, not by the reservation id kept here: a reserve whose answer was lost held stock too.
        Optional<StockHold> hold = stock.ofOrder(order.id());
        if (hold.isPresent() && hold.get().isActive()) {
            stock.release(hold.get().id());
        } else if (hold.isPresent() && hold.get().isConfirmed()) {
            stock.restock(hold.get().id());
        }
        orders.compensated(order.id());
    }

    /** The payment service has been quiet about this order's payment: ask it, and act as its events would have. */
    private void askAboutPayment(UUID orderId) {
        CustomerOrder order = store.find(orderId).orElse(null);
        if (order == null || order.status() != OrderStatus.PENDING_PAYMENT || order.paymentId().isEmpty()) {
            return;
        }
        Optional<PaymentState> payment = payments.ofOrder(orderId).stream()
                .filter(each -> each.id().equals(order.paymentId().get())).findFirst();
        if (payment.isPresent() && payment.get().isCaptured()) {
            orders.paid(orderId);
        } else if (payment.isPresent() && payment.get().hasFailed()) {
            orders.paymentFailed(orderId, payment.get().status(), payment.get().statusReason());
        } else {
            orders.askAboutPaymentLater(orderId);
        }
    }

    private static void each(UUID orderId, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            LOG.log(Level.INFO, "Order " + orderId + ": " + what + " failed this round (" + failed + ")");
        }
    }
}
