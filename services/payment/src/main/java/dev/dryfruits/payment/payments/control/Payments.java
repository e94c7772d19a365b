package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.PaymentMethod;
import dev.dryfruits.payment.payments.entity.Refund;
import dev.dryfruits.payment.processor.control.PaymentProvider;
import dev.dryfruits.payment.processor.control.ProviderRefusal;
import dev.dryfruits.payment.processor.entity.PaymentInstruction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payments for orders. A payment is recorded here before the processor hears of it (under our id, which is its
 * reference and idempotency key there), so that nothing the processor holds is unknown here: if its answer is lost,
 * reconciliation finds the payment by its reference. Cash on delivery charges nothing now and never reaches the
 * processor.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Map<String, String> INSTRUMENT_FIELDS = Map.of("upi.vpa", "upi.vpa", "card.number",
            "card.number", "card.expiry", "card.expiryMonth", "card.cvv", "card.cvv", "netbanking.bank",
            "netbanking.bank", "amount", "amount");

    @Inject
    PaymentStore store;

    @Inject
    ProcessorNews news;

    @Inject
    Refunds refunds;

    @Inject
    PaymentProvider provider;

    @Inject
    PaymentWork work;

    public record Created(Payment payment, boolean created) {
    }

    /**
     * The order's payment for this attempt: made now (201), or the one made before for the same request (200); the
     * same order and attempt with another request is 422, an order that gave up 409.
     */
    public Created create(PaymentRequest request) {
        PaymentRequest.Checked checked = ProblemException.requireBody(request, "The payment").validated();
        Optional<Payment> earlier = store.ofOrder(checked.orderId(), checked.attempt());
        Payment payment;
        boolean created = false;
        if (earlier.isPresent()) {
            payment = same(earlier.get(), checked);
        } else {
            PaymentStore.Added added = store.addUnlessAbandoned(new Payment(checked.orderId(), checked.attempt(),
                    checked.customerId(), checked.method(), checked.amount(), checked.digest(), Instant.now()));
            if (added.abandoned()) {
                throw ProblemException.conflict("order-abandoned", "Order " + checked.orderId() + " was cancelled;"
                        + " it takes no more payments");
            }
            payment = same(added.payment(), checked);
            created = added.created();
        }
        if (!created && !awaitsProcessor(payment)) {
            return new Created(payment, false);
        }
        if (checked.method() == PaymentMethod.COD) {
            return new Created(payment, true);
        }
        // A new payment, or one asked for again after the processor did not answer: the processor is asked under our
        // id as the idempotency key, so it answers the payment it made then, if it made one; nothing is charged twice.
        PaymentInstruction instruction = new PaymentInstruction(payment.id().toString(), payment.id().toString(),
                checked.amount().minorUnits(), checked.amount().currency().getCurrencyCode(), checked.instrument());
        try {
            return new Created(news.learned(payment.id(), provider.create(instruction)), created);
        } catch (ProviderRefusal refused) {
            news.refused(payment.id(), "Refused by the processor: " + refused.getMessage());
            throw refusal(refused);
        } catch (RuntimeException unreachable) {
            // The processor may or may not have it: reconciliation asks it by reference, and either adopts it or,
            // when it has none, fails it (PaymentFailed). Nothing is charged twice: the create's key is our id.
            LOG.log(Level.WARNING, "Creating payment " + payment.id() + " at the processor failed; reconciliation"
                    + " will settle it", unreachable);
            ProblemException unavailable = ProblemException.serviceUnavailable("The payment processor did not"
                    + " answer; payment " + payment.id() + " is being checked with it: ask for it again in a few"
                    + " seconds", RETRY_AFTER);
            unavailable.initCause(unreachable);
            throw unavailable;
        }
    }

    public Optional<Payment> find(UUID id) {
        return store.find(id);
    }

    public List<Payment> ofOrder(UUID orderId) {
        return store.ofOrder(orderId);
    }

    public List<Refund> refundsOf(UUID paymentId) {
        return store.refundsOf(paymentId);
    }

    /** The order gave up (cancelled): nothing more is charged, and what was charged goes back. */
    public List<Payment> abandon(UUID orderId, CancelRequest request) {
        String reason = ProblemException.requireBody(request, "The cancellation").validated();
        List<Payment> payments = news.abandon(orderId, reason);
        work.soon();
        return payments;
    }

    /** A refund of part or all of a captured payment; the same Idempotency-Key again answers the same refund. */
    public Refund refund(UUID paymentId, RefundRequest request, String idempotencyKey) {
        RefundRequest.Checked checked = ProblemException.requireBody(request, "The refund").validated(
                idempotencyKey);
        Refund refund = refunds.requestFor(paymentId, checked.amount(), checked.reason(), checked.idempotencyKey());
        work.soon();
        return refund;
    }

    /** Made here, but the processor never answered its create (and it has not failed since). */
    private static boolean awaitsProcessor(Payment payment) {
        return payment.method() != PaymentMethod.COD && payment.processorId() == null
                && payment.status() == dev.dryfruits.payment.payments.entity.PaymentStatus.CREATED
                && !payment.isAbandoned();
    }

    private static Payment same(Payment earlier, PaymentRequest.Checked checked) {
        if (!earlier.requestDigest().equals(checked.digest())) {
            throw new ProblemException(422, "idempotency-key-reused", "Unprocessable content", "Order "
                    + checked.orderId() + " already has a payment for attempt " + checked.attempt()
                    + ", asked for with another amount, method or instrument");
        }
        return earlier;
    }

    /** The processor's reason, said of the field it concerns when it names one ("card.cvv must be ..."). */
    private static ProblemException refusal(ProviderRefusal refused) {
        String reason = refused.getMessage() == null ? "" : refused.getMessage();
        for (Map.Entry<String, String> field : INSTRUMENT_FIELDS.entrySet()) {
            if (reason.startsWith(field.getKey())) {
                return ProblemException.invalidFields(List.of(new Problem.Violation(field.getValue(),
                        reason.substring(field.getKey().length()).strip())));
            }
        }
        return ProblemException.invalidFields(List.of(new Problem.Violation("payment", "refused by the processor: "
                + reason)));
    }
}
