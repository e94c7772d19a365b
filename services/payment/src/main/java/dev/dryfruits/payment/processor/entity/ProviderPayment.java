package dev.dryfruits.payment.processor.entity;

import java.time.Instant;

/**
 * A payment as the processor holds it: its state, what it has captured and refunded, and how the customer pays it
 * (never the card number: a token and the last four digits).
 *
 * @param reference      the merchant's reference: this service's payment id
 * @param lateSuccess    the success arrived after the payment had expired
 * @param nextActionUrl  where the customer approves it (UPI intent, 3-D Secure, the bank's page), while it is open
 */
public record ProviderPayment(String id, String reference, ProcessorStatus status, long amountMinor,
                              long capturedMinor, long refundedMinor, String failureReason, boolean lateSuccess,
                              Instant expiresAt, String cardToken, String cardLast4, String cardNetwork, String vpa,
                              String bank, String nextActionType, String nextActionUrl) {
}
