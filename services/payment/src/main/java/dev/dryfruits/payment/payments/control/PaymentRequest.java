package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.payment.payments.entity.PaymentMethod;
import dev.dryfruits.payment.processor.entity.PaymentInstruction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The body of POST /api/payments (the order service, for an order it is placing), not yet checked: the order and
 * attempt (the payment's idempotency: the same pair again answers the same payment), the customer, the amount, the
 * method and, except for cash on delivery, the instrument. Card details pass through to the processor; they are
 * never stored, logged or part of an answer.
 */
public record PaymentRequest(String orderId, Integer attempt, String customerId, MoneyView amount, String method,
                             Upi upi, Card card, NetBanking netbanking) {

    static final Currency INR = Currency.getInstance("INR");
    static final int MAX_ATTEMPTS = 20;

    public record Upi(String vpa) {
    }

    public record Card(String number, Integer expiryMonth, Integer expiryYear, String cvv) {

        @Override
        public String toString() {
            return "Card[****]";
        }
    }

    public record NetBanking(String bank) {
    }

    record Checked(UUID orderId, int attempt, UUID customerId, Money amount, PaymentMethod method,
                   PaymentInstruction.Instrument instrument, String digest) {
    }

    Checked validated() {
        FieldCheck check = new FieldCheck();
        UUID order = uuid(check, "orderId", orderId);
        int attemptNumber = check.integer("attempt", attempt, 1, MAX_ATTEMPTS);
        UUID customer = uuid(check, "customerId", customerId);
        Money money = check.money("amount", amount, INR, true);
        if (money != null && money.minorUnits() < 100) {
            check.violation("amount.amount", "must be at least 1.00");
        }
        PaymentMethod paymentMethod = null;
        try {
            paymentMethod = PaymentMethod.valueOf(method == null ? "" : method.strip());
        } catch (IllegalArgumentException unknown) {
            check.violation("method", "must be one of UPI, CARD, NETBANKING, COD");
        }
        PaymentInstruction.Instrument instrument = paymentMethod == null ? null : instrument(check, paymentMethod);
        check.throwIfAny();
        return new Checked(order, attemptNumber, customer, money, paymentMethod, instrument,
                digest(order, attemptNumber, customer, money, paymentMethod, instrument));
    }

    private PaymentInstruction.Instrument instrument(FieldCheck check, PaymentMethod paymentMethod) {
        switch (paymentMethod) {
            case UPI -> {
                String vpa = check.text("upi.vpa", upi == null ? null : upi.vpa(), 3, 320);
                if (vpa != null && !vpa.matches("[A-Za-z0-9.\\-_]{2,256}@[A-Za-z]{2,64}")) {
                    check.violation("upi.vpa", "must be a UPI id such as name@bank");
                }
                return new PaymentInstruction.Upi(vpa);
            }
            case CARD -> {
                if (card == null) {
                    check.violation("card", "is required to pay by card");
                    return null;
                }
                String number = card.number() == null ? "" : card.number().replaceAll("[ -]", "");
                if (!number.matches("\\d{12,19}")) {
                    check.violation("card.number", "must be the card's 12 to 19 digits");
                }
                int month = check.integer("card.expiryMonth", card.expiryMonth(), 1, 12);
                int year = check.integer("card.expiryYear", card.expiryYear(), 2000, 2100);
                if (card.cvv() == null || !card.cvv().matches("\\d{3,4}")) {
                    check.violation("card.cvv", "must be 3 or 4 digits");
                }
                return new PaymentInstruction.Card(number, month, year, card.cvv());
            }
            case NETBANKING -> {
                String bank = netbanking == null || netbanking.bank() == null ? "" : netbanking.bank().strip();
                if (!bank.matches("[A-Z]{4}")) {
                    check.violation("netbanking.bank", "must be the bank's four-letter code, such as SBIN");
                }
                return new PaymentInstruction.NetBanking(bank);
            }
            default -> {
                return null;
            }
        }
    }

    private static UUID uuid(FieldCheck check, String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException notAUuid) {
            check.violation(field, value == null || value.isBlank() ? "is required" : "must be a UUID");
            return null;
        }
    }

    /**
     * What identifies the request, to tell a repeat from another request for the same order and attempt: never the
     * card's number or CVV themselves (a card is its last four digits and expiry here).
     */
    private static String digest(UUID order, int attempt, UUID customer, Money amount, PaymentMethod method,
                                 PaymentInstruction.Instrument instrument) {
        String instrumentPart = "";
        if (instrument instanceof PaymentInstruction.Upi upi) {
            instrumentPart = upi.vpa();
        } else if (instrument instanceof PaymentInstruction.Card card) {
            instrumentPart = card.number().substring(card.number().length() - 4) + "/" + card.expiryMonth() + "/"
                    + card.expiryYear();
        } else if (instrument instanceof PaymentInstruction.NetBanking bank) {
            instrumentPart = bank.bank();
        }
        String canonical = order + "|" + attempt + "|" + customer + "|" + amount.minorUnits() + "|"
                + amount.currency() + "|" + method + "|" + instrumentPart;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
