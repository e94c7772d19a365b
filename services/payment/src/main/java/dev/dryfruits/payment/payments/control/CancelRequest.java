package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.problem.FieldCheck;

/** The body of POST /api/payments/orders/{orderId}/cancel: why the order gave up. */
public record CancelRequest(String reason) {

    String validated() {
        FieldCheck check = new FieldCheck();
        String why = check.text("reason", reason, 1, 200);
        check.throwIfAny();
        return why;
    }
}
