package dev.dryfruits.kit.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An exact amount: a decimal string and an ISO 4217 currency")
public record MoneyView(@Schema(example = "349.00") String amount, @Schema(example = "INR") String currency) {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amountText(), money.currency().getCurrencyCode());
    }

    /**
     * The amount this view says, as another service or event wrote it (trusted: a client's input is read with
     * {@code FieldCheck.money}, which names what is wrong with it).
     */
    public Money toMoney() {
        return Money.of(new java.math.BigDecimal(amount), java.util.Currency.getInstance(currency));
    }
}
