package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.order.checkout.control.QuoteRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of POST /api/orders: the quote's address and payment method, and how the customer pays (a UPI id, a
 * card, a bank; nothing for cash on delivery). The card's details go on to the payment processor through the
 * payment service and are never stored or logged here: the order keeps a digest of the request, made without them.
 * Whatever else the body carries (a price, say) is ignored: the order is priced on the server.
 */
public record PlaceOrderRequest(String addressId, String paymentMethod, Upi upi, Card card, NetBanking netbanking) {

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

    record Checked(QuoteRequest quote, String idempotencyKey, String digest, Upi upi, Card card,
                   NetBanking netbanking) {
    }

    Checked validated(String idempotencyKey) {
        FieldCheck check = new FieldCheck();
        String key = check.text("Idempotency-Key", idempotencyKey, 1, 255);
        String method = paymentMethod == null ? "" : paymentMethod.strip();
        // The instrument's own form is the payment service's (and the processor's) to judge; its presence is ours.
        switch (method) {
            case "UPI" -> {
                if (upi == null || upi.vpa() == null || upi.vpa().isBlank()) {
                    check.violation("upi.vpa", "is required to pay by UPI (your UPI id, such as name@bank)");
                }
            }
            case "CARD" -> {
                if (card == null) {
                    check.violation("card", "is required to pay by card (number, expiryMonth, expiryYear, cvv)");
                }
            }
            case "NETBANKING" -> {
                if (netbanking == null || netbanking.bank() == null || netbanking.bank().isBlank()) {
                    check.violation("netbanking.bank", "is required to pay by net banking (the bank's code, such as"
                            + " SBIN)");
                }
            }
            default -> {
                // COD needs nothing; an unknown method is the quote's to name.
            }
        }
        check.throwIfAny();
        QuoteRequest quote = new QuoteRequest(addressId, paymentMethod);
        return new Checked(quote, key, digest(), "UPI".equals(method) ? upi : null,
                "CARD".equals(method) ? card : null, "NETBANKING".equals(method) ? netbanking : null);
    }

    static PlaceOrderRequest required(PlaceOrderRequest request) {
        return ProblemException.requireBody(request, "The order");
    }

    /** The request without secrets: address, method, UPI id, the card's last four digits and expiry, the bank. */
    private String digest() {
        String number = card == null || card.number() == null ? "" : card.number().replaceAll("\\D", "");
        String canonical = strip(addressId) + "|" + strip(paymentMethod) + "|" + (upi == null ? "" : strip(upi.vpa()))
                + "|" + (card == null ? "" : (number.length() < 4 ? number : number.substring(number.length() - 4))
                + "/" + card.expiryMonth() + "/" + card.expiryYear()) + "|"
                + (netbanking == null ? "" : strip(netbanking.bank()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
