package dev.dryfruits.sandbox.payments;

import java.util.Map;

/**
 * What the sandbox does with a payment once the customer approves it, chosen by the test instrument, as real
 * gateways' sandboxes do with test cards and UPI ids (docs/payment-sandbox.md lists them).
 */
enum TestOutcome {
    /** The customer pays: captured (UPI, net banking) or authorised (card). */
    SUCCEED,
    /** The bank or the issuer declines. */
    DECLINE,
    /** Nothing ever comes back from the bank: the payment expires. */
    NEVER_COMPLETE,
    /** It expires, then the bank's success arrives anyway (a late success the merchant must refund). */
    SUCCEED_AFTER_EXPIRY;

    private static final Map<String, TestOutcome> UPI = Map.of(
            "success@sandbox", SUCCEED, "failure@sandbox", DECLINE, "timeout@sandbox", NEVER_COMPLETE,
            "late@sandbox", SUCCEED_AFTER_EXPIRY);
    private static final Map<String, TestOutcome> CARDS = Map.of(
            "4111111111111111", SUCCEED, "5555555555554444", SUCCEED, "4000000000000002", DECLINE,
            "4000000000009995", NEVER_COMPLETE, "4000000000000077", SUCCEED_AFTER_EXPIRY);
    private static final Map<String, TestOutcome> BANKS = Map.of(
            "SBIN", SUCCEED, "HDFC", SUCCEED, "ICIC", SUCCEED, "FAIL", DECLINE, "SLOW", NEVER_COMPLETE,
            "LATE", SUCCEED_AFTER_EXPIRY);

    static TestOutcome forUpi(String vpa) {
        return UPI.getOrDefault(vpa, SUCCEED);
    }

    static TestOutcome forCard(String number) {
        return CARDS.getOrDefault(number, SUCCEED);
    }

    static TestOutcome forBank(String bank) {
        return BANKS.getOrDefault(bank, SUCCEED);
    }
}
