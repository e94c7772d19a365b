package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.payment.ledger.control.MoneyMovements;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.PaymentEvents;
import dev.dryfruits.payment.processor.entity.ProcessorNotice;
import dev.dryfruits.payment.processor.entity.ProviderPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the processor says about payments, applied in one transaction each with what follows from it: a capture is a
 * ledger entry and a PaymentCaptured event (or, for a payment whose order gave up, an automatic refund); a failure or
 * expiry is a PaymentFailed event. The payment row is locked while it changes, so news arriving twice at once, on any
 * number of replicas, is applied once.
 */
@ApplicationScoped
public class ProcessorNews {

    private static final Logger LOG = Logger.getLogger(ProcessorNews.class.getName());

    @Inject
    PaymentStore store;

    @Inject
    Refunds refunds;

    @Inject
    MoneyMovements ledger;

    @Inject
    Outbox outbox;

    /** The processor's view of one of our payments (its answer to a create, capture or question). */
    @Transactional
    public Payment learned(UUID paymentId, ProviderPayment seen) {
        Payment payment = store.lock(paymentId).orElseThrow();
        act(payment, payment.learn(seen, Instant.now()));
        return payment;
    }

    /**
     * A signed notice from the processor, applied once whatever how often it comes.
     *
     * @return false when it was a duplicate
     */
    @Transactional
    public boolean received(ProcessorNotice notice) {
        if (!store.firstTime(notice.eventId(), notice.type())) {
            return false;
        }
        notice.payment().ifPresent(seen -> store.lockSeen(seen.id(), seen.reference()).ifPresentOrElse(
                payment -> act(payment, payment.learn(seen, Instant.now())),
                () -> LOG.warning(() -> "Processor notice " + notice.eventId() + " is about payment " + seen.id()
                        + " (reference " + seen.reference() + "), which is not ours; acknowledged and ignored")));
        notice.refund().ifPresent(refunds::seen);
        return true;
    }

    /** The processor refused to create the payment (an instrument it does not take). */
    @Transactional
    public Payment refused(UUID paymentId, String reason) {
        Payment payment = store.lock(paymentId).orElseThrow();
        payment.refused(reason, Instant.now());
        return payment;
    }

    /** It cannot be paid (it never reached the processor, or the processor has forgotten it). */
    @Transactional
    public void failed(UUID paymentId, String reason) {
        Payment payment = store.lock(paymentId).orElseThrow();
        if (payment.fail(reason, Instant.now())) {
            announceFailure(payment);
        }
    }

    @Transactional
    public void checked(UUID paymentId) {
        store.lock(paymentId).ifPresent(payment -> payment.checked(Instant.now()));
    }

    /**
     * The order gave up: its open payments are cancelled, none of them will be captured, and what was captured
     * already goes back in full. A payment asked for after this is refused.
     */
    @Transactional
    public List<Payment> abandon(UUID orderId, String reason) {
        store.lockOrder(orderId);
        store.markAbandoned(orderId, reason);
        List<Payment> payments = store.ofOrder(orderId);
        for (Payment each : payments) {
            Payment payment = store.lock(each.id()).orElseThrow();
            long refundable = payment.abandon(reason, Instant.now());
            if (refundable > 0) {
                refunds.request(payment, Money.ofMinor(refundable, payment.amount().currency().getCurrencyCode()),
                        "Order cancelled: " + reason, "order-cancelled", true);
            }
        }
        return store.ofOrder(orderId);
    }

    private void act(Payment payment, Payment.Learned learned) {
        if (learned.captured() || learned.capturedWhileAbandoned()) {
            ledger.captured(payment.id(), payment.orderId(), payment.captured());
        }
        if (learned.captured()) {
            outbox.publish(PaymentEvents.TOPIC, payment.orderId().toString(), "PaymentCaptured",
                    new PaymentEvents.PaymentCaptured(payment.id(), payment.orderId(), payment.attempt(),
                            payment.method().name(), MoneyView.of(payment.captured())));
        }
        if (learned.failed()) {
            announceFailure(payment);
        }
        if (learned.capturedWhileAbandoned()) {
            refunds.request(payment, Money.ofMinor(payment.refundable(), payment.amount().currency().getCurrencyCode()),
                    payment.isLateSuccess() ? "Paid after the payment had expired" : "Paid after the order gave up",
                    "paid-after-abandoned", true);
        }
    }

    private void announceFailure(Payment payment) {
        outbox.publish(PaymentEvents.TOPIC, payment.orderId().toString(), "PaymentFailed",
                new PaymentEvents.PaymentFailed(payment.id(), payment.orderId(), payment.attempt(),
                        payment.method().name(), payment.status().name(), payment.statusReason()));
    }
}
