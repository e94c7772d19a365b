package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.problem.FieldCheck;
import java.util.Set;
import java.util.UUID;

/** The body of POST /api/checkout/quote (and of placing an order): where to deliver and how the customer pays. */
public record QuoteRequest(String addressId, String paymentMethod) {

    static final Set<String> PAYMENT_METHODS = Set.of("UPI", "CARD", "NETBANKING", "COD");

    record Checked(UUID addressId, String paymentMethod) {
    }

    Checked validated() {
        FieldCheck check = new FieldCheck();
        UUID address = null;
        try {
            address = UUID.fromString(addressId == null ? "" : addressId.strip());
        } catch (IllegalArgumentException notAUuid) {
            check.violation("addressId", addressId == null || addressId.isBlank() ? "is required"
                    : "must be the id of one of your addresses");
        }
        String method = paymentMethod == null ? null : paymentMethod.strip();
        if (method == null || !PAYMENT_METHODS.contains(method)) {
            check.violation("paymentMethod", "must be one of UPI, CARD, NETBANKING, COD");
        }
        check.throwIfAny();
        return new Checked(address, method);
    }
}
