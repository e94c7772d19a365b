package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.kit.scheduling.PeriodicWork;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.Refund;
import dev.dryfruits.payment.processor.control.PaymentProvider;
import dev.dryfruits.payment.processor.control.ProviderRefusal;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work that follows the processor's news, done outside any request: capturing authorised card payments,
 * submitting refunds, and reconciliation, asking the processor about what it has been quiet about (a webhook late or
 * lost, a create whose answer never came, a refund not yet paid back, a payment that gave up but might still be
 * paid). Every call is idempotent at the processor, so replicas doing the same work at once change nothing twice.
 * It runs every {@code dryfruits.payment.reconcile-interval}, and at once when news asks for it ({@link #soon}).
 */
@ApplicationScoped
public class PaymentWork {

    private static final Logger LOG = Logger.getLogger(PaymentWork.class.getName());
    private static final int BATCH = 50;
    /** How long after its expiry a payment that gave up is still watched for a late success. */
    private static final Duration LATE_SUCCESS_WINDOW = Duration.ofMinutes(15);

    @Inject
    PeriodicWork periodicWork;

    @Inject
    PaymentStore store;

    @Inject
    ProcessorNews news;

    @Inject
    Refunds refunds;

    @Inject
    PaymentProvider provider;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.reconcile-after")
    Duration reconcileAfter;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.reconcile-interval")
    Duration interval;

    private final AtomicBoolean requested = new AtomicBoolean();

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        periodicWork.schedule("Payment work", interval, interval, this::round);
    }

    /** Runs a round now, off the caller's thread (once, however many ask before it starts). */
    public void soon() {
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

    synchronized void round() {
        Instant now = Instant.now();
        store.awaitingCapture(BATCH).forEach(id -> each("capture of payment " + id, () -> capture(id)));
        store.refundsToSubmit(BATCH).forEach(id -> each("refund " + id, () -> submit(id)));
        Instant quiet = now.minus(reconcileAfter);
        store.unconfirmedCreates(quiet, BATCH).forEach(id -> each("payment " + id + " without an answer",
                () -> findCreate(id, now)));
        store.toReconcile(quiet, now.minus(LATE_SUCCESS_WINDOW), BATCH).forEach(id -> each("reconciliation of"
                + " payment " + id, () -> reconcile(id)));
        store.pendingRefunds(quiet, BATCH).forEach(id -> each("reconciliation of refund " + id,
                () -> reconcileRefund(id)));
    }

    private void capture(UUID id) {
        Payment payment = store.find(id).filter(Payment::awaitsCapture).orElse(null);
        if (payment == null) {
            return;
        }
        try {
            news.learned(id, provider.capture(payment.processorId(), payment.amount().minorUnits()));
        } catch (ProviderRefusal refused) {
            // It changed at the processor meanwhile (expired, say): learn what it is now.
            provider.find(payment.processorId()).ifPresent(seen -> news.learned(id, seen));
        }
    }

    private void submit(UUID id) {
        Refund refund = store.findRefund(id).orElse(null);
        Payment payment = refund == null ? null : store.find(refund.paymentId()).orElse(null);
        if (payment == null || payment.processorId() == null) {
            return;
        }
        try {
            refunds.answered(id, provider.refund(payment.processorId(), refund.amount().minorUnits(),
                    refund.id().toString()));
        } catch (ProviderRefusal refused) {
            LOG.severe(() -> "The processor refused refund " + id + " of payment " + payment.id() + ": "
                    + refused.getMessage());
            refunds.refused(id, refused.getMessage());
        }
    }

    private void findCreate(UUID id, Instant now) {
        Payment payment = store.find(id).orElse(null);
        if (payment == null) {
            return;
        }
        var seen = provider.findByReference(id.toString());
        if (seen.isPresent()) {
            news.learned(id, seen.get());
        } else if (payment.createdAt().isBefore(now.minus(reconcileAfter.multipliedBy(5)))) {
            news.failed(id, "It never reached the payment processor; nothing was charged");
        } else {
            news.checked(id);
        }
    }

    private void reconcile(UUID id) {
        Payment payment = store.find(id).orElse(null);
        if (payment == null) {
            return;
        }
        provider.find(payment.processorId()).ifPresentOrElse(seen -> news.learned(id, seen),
                () -> news.failed(id, "The payment processor has no record of it; nothing was charged"));
    }

    private void reconcileRefund(UUID id) {
        Refund refund = store.findRefund(id).orElse(null);
        if (refund == null || refund.processorId() == null) {
            return;
        }
        provider.findRefund(refund.processorId()).ifPresent(seen -> refunds.answered(id, seen));
    }

    private static void each(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            // The processor or the database may be away for a moment: the next round tries again.
            LOG.log(Level.INFO, failed, () -> what + " failed this round: " + failed);
        }
    }
}
