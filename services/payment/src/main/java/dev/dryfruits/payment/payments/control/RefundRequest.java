package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.FieldCheck;
import java.util.Currency;

/** The body of POST /api/payments/{id}/refunds, with its Idempotency-Key header. */
public record RefundRequest(MoneyView amount, String reason) {

    record Checked(Money amount, String reason, String idempotencyKey) {
    }

    Checked validated(String idempotencyKey) {
        FieldCheck check = new FieldCheck();
        Money money = check.money("amount", amount, Currency.getInstance("INR"), true);
        if (money != null && money.minorUnits() == 0) {
            check.violation("amount.amount", "must be more than 0.00");
        }
        String why = check.text("reason", reason, 1, 200);
        String key = check.text("Idempotency-Key", idempotencyKey, 1, 255);
        check.throwIfAny();
        return new Checked(money, why, key);
    }
}
