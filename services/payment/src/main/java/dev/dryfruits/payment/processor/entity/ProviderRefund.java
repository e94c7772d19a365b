package dev.dryfruits.payment.processor.entity;

/** A refund as the processor holds it: accepted, and processed once the bank has paid it back. */
public record ProviderRefund(String id, String paymentId, long amountMinor, boolean processed) {
}
