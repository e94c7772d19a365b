package dev.dryfruits.payment.processor.entity;

/**
 * What the processor is asked to collect: an amount, under the merchant's reference (and idempotency key), by an
 * instrument. The card's details pass through to the processor and are never stored or logged here.
 */
public record PaymentInstruction(String reference, String idempotencyKey, long amountMinor, String currency,
                                 Instrument instrument) {

    /** How the customer pays. */
    public sealed interface Instrument permits Upi, Card, NetBanking {
    }

    public record Upi(String vpa) implements Instrument {
    }

    public record Card(String number, int expiryMonth, int expiryYear, String cvv) implements Instrument {

        /** Never the number or the CVV, even in a log line or an exception message. */
        @Override
        public String toString() {
            return "Card[**** " + (number == null || number.length() < 4 ? "" : number.substring(number.length() - 4))
                    + "]";
        }
    }

    public record NetBanking(String bank) implements Instrument {
    }
}
