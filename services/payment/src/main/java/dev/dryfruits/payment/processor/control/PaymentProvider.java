package dev.dryfruits.payment.processor.control;

import dev.dryfruits.payment.processor.entity.PaymentInstruction;
import dev.dryfruits.payment.processor.entity.ProcessorNotice;
import dev.dryfruits.payment.processor.entity.ProviderPayment;
import dev.dryfruits.payment.processor.entity.ProviderRefund;
import java.util.Optional;

/**
 * A payment processor, an outside party: what the payment service needs of one, whoever it is. Every create is
 * idempotent by its key, so any call may be repeated after a timeout. A refusal (the processor answered no: a card
 * number it does not accept, a refund larger than what is left) is a {@link ProviderRefusal}; any other failure
 * (unreachable, slow, its own error) may be transient and is an unchecked exception of another kind.
 * <p>
 * One implementation ships: {@link SandboxProvider}, for the sandbox processor of the local platform and the tests
 * (docs/payment-sandbox.md). A real gateway is another implementation of this interface.
 */
public interface PaymentProvider {

    ProviderPayment create(PaymentInstruction instruction);

    /** The payment now; empty when the processor does not know it. */
    Optional<ProviderPayment> find(String processorId);

    /** The payment created under this reference, if the processor has one (a create whose answer was lost). */
    Optional<ProviderPayment> findByReference(String reference);

    /** Captures an authorised payment; capturing the same amount again changes nothing. */
    ProviderPayment capture(String processorId, long amountMinor);

    ProviderRefund refund(String processorId, long amountMinor, String idempotencyKey);

    Optional<ProviderRefund> findRefund(String processorRefundId);

    /**
     * A webhook's notice, once its signature over exactly these bytes has verified.
     *
     * @throws NoticeRejected when it does not verify, or is not a notice at all
     */
    ProcessorNotice read(byte[] body, String signature);
}
