package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.payment.ledger.control.MoneyMovements;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.PaymentEvents;
import dev.dryfruits.payment.payments.entity.Refund;
import dev.dryfruits.payment.payments.entity.RefundStatus;
import dev.dryfruits.payment.processor.entity.ProviderRefund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Refunds as they move: asked for (the amount held against the payment, so two refunds can never return more than
 * was captured), accepted by the processor (owed to the customer: a ledger entry), paid back by the bank (another
 * entry, and an event). The processor's news of a refund may come before its answer to our request: it waits (the
 * webhook is retried) until the refund is known here.
 */
@ApplicationScoped
public class Refunds {

    @Inject
    PaymentStore store;

    @Inject
    MoneyMovements ledger;

    @Inject
    Outbox outbox;

    /** A refund of the payment (locked by the caller); the same key again answers the refund it made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund request(Payment payment, Money amount, String reason, String idempotencyKey, boolean automatic) {
        var known = store.refundWithKey(payment.id(), idempotencyKey);
        if (known.isPresent()) {
            if (!known.get().amount().equals(amount)) {
                throw new ProblemException(422, "idempotency-key-reused", "Unprocessable content", "This"
                        + " Idempotency-Key was used for a refund of " + known.get().amount() + ", not " + amount);
            }
            return known.get();
        }
        if (amount.minorUnits() <= 0 || amount.minorUnits() > payment.refundable()) {
            throw ProblemException.conflict("refund-too-large", "At most " + Money.ofMinor(payment.refundable(),
                    amount.currency().getCurrencyCode()) + " of this payment can be refunded");
        }
        Instant now = Instant.now();
        payment.refunding(amount.minorUnits(), now);
        Refund refund = new Refund(payment.id(), idempotencyKey, amount, reason, automatic, now);
        store.add(refund);
        outbox.publish(PaymentEvents.TOPIC, payment.orderId().toString(), "RefundRequested",
                new PaymentEvents.RefundRequested(refund.id(), payment.id(), payment.orderId(), MoneyView.of(amount),
                        reason, automatic));
        return refund;
    }

    /** A refund asked for by the order service or an administrator. */
    @Transactional
    public Refund requestFor(UUID paymentId, Money amount, String reason, String idempotencyKey) {
        Payment payment = store.lock(paymentId).orElseThrow(() -> ProblemException.notFound("Payment " + paymentId));
        return request(payment, amount, reason, idempotencyKey, false);
    }

    /** The processor's answer to our request for this refund. */
    @Transactional
    public void answered(UUID refundId, ProviderRefund seen) {
        store.lockRefund(refundId).ifPresent(refund -> learn(refund, seen));
    }

    /** The processor's news of a refund (a webhook, or its answer when asked). */
    @Transactional
    public void seen(ProviderRefund seen) {
        UUID refundId = store.refundWithProcessorId(seen.id()).orElseThrow(() -> new IllegalStateException(
                "Refund " + seen.id() + " of payment " + seen.paymentId() + " is not recorded here yet (our request's"
                        + " answer has not been recorded): the notice is to be delivered again"));
        answered(refundId, seen);
    }

    @Transactional
    public void refused(UUID refundId, String why) {
        store.lockRefund(refundId).filter(refund -> refund.status() == RefundStatus.REQUESTED).ifPresent(refund -> {
            Instant now = Instant.now();
            refund.refused(why, now);
            store.lock(refund.paymentId()).ifPresent(payment -> payment.refundRefused(refund.amount().minorUnits(),
                    now));
        });
    }

    private void learn(Refund refund, ProviderRefund seen) {
        Payment payment = store.lock(refund.paymentId()).orElseThrow();
        Instant now = Instant.now();
        if (refund.accepted(seen.id(), now)) {
            ledger.refundIssued(refund.id(), payment.id(), payment.orderId(), refund.amount(), refund.reason());
        }
        if (seen.processed() && refund.processed(now)) {
            ledger.refundProcessed(refund.id(), payment.id(), payment.orderId(), refund.amount());
            outbox.publish(PaymentEvents.TOPIC, payment.orderId().toString(), "RefundProcessed",
                    new PaymentEvents.RefundProcessed(refund.id(), payment.id(), payment.orderId(),
                            MoneyView.of(refund.amount())));
            long processed = store.refundsOf(payment.id()).stream()
                    .filter(each -> each.status() == RefundStatus.PROCESSED)
                    .mapToLong(each -> each.amount().minorUnits()).sum();
            payment.refundsProcessed(processed, now);
        } else {
            refund.checked(now);
        }
    }
}
