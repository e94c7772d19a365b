package dev.dryfruits.payment.ledger.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.ledger.entity.Account;
import dev.dryfruits.payment.ledger.entity.EntryKind;
import dev.dryfruits.payment.ledger.entity.JournalEntry;
import dev.dryfruits.payment.ledger.entity.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The entries of money moving through the processor, posted by the payments component in the transaction that
 * records the movement: a capture (the processor holds the customer's money for us until it settles; until the
 * order is confirmed it is the customer's, in the clearing account), a refund the processor accepted (owed back to
 * the customer), and a refund the bank paid out (gone from the processor's receivable).
 */
@ApplicationScoped
public class MoneyMovements {

    @Inject
    Journal journal;

    @Transactional(Transactional.TxType.MANDATORY)
    public void captured(UUID paymentId, UUID orderId, Money amount) {
        journal.post("capture:" + paymentId, EntryKind.CAPTURE, "Payment " + paymentId + " captured",
                new JournalEntry.Reference(orderId, null, paymentId), List.of(
                        Posting.debit(Account.PROCESSOR_RECEIVABLE, amount, "Captured by the processor"),
                        Posting.credit(Account.CUSTOMER_PAYMENTS_CLEARING, amount, "Paid by the customer")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundIssued(UUID refundId, UUID paymentId, UUID orderId, Money amount, String reason) {
        journal.post("refund-issued:" + refundId, EntryKind.REFUND_ISSUED, "Refund " + refundId + ": " + reason,
                new JournalEntry.Reference(orderId, null, paymentId), List.of(
                        Posting.debit(Account.CUSTOMER_PAYMENTS_CLEARING, amount, "Refunded to the customer"),
                        Posting.credit(Account.REFUNDS_PAYABLE, amount, "Refund on its way to the customer")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundProcessed(UUID refundId, UUID paymentId, UUID orderId, Money amount) {
        journal.post("refund-processed:" + refundId, EntryKind.REFUND_PROCESSED, "Refund " + refundId
                        + " paid back by the bank", new JournalEntry.Reference(orderId, null, paymentId), List.of(
                        Posting.debit(Account.REFUNDS_PAYABLE, amount, "Refund paid back to the customer"),
                        Posting.credit(Account.PROCESSOR_RECEIVABLE, amount, "Refunded from the processor")));
    }
}
