package dev.dryfruits.kit.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An exact amount in a currency, held in the currency's minor units (paise for INR). */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    /**
     * The amount given as a decimal, which must not have more decimals than the currency has
     * ({@code 349.005} rupees is not an amount).
     *
     * @throws ArithmeticException when it has
     */
    public static Money of(BigDecimal amount, Currency currency) {
        BigDecimal minor = amount.movePointRight(currency.getDefaultFractionDigits());
        return new Money(minor.longValueExact(), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** This amount's share at {@code basisPoints} hundredths of a percent (250 = 2.5 %), rounded half up. */
    public Money share(long basisPoints) {
        BigDecimal share = BigDecimal.valueOf(minorUnits).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact(), currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /** "349.00": the amount with exactly the currency's decimals, as clients receive it. */
    public String amountText() {
        return amount().toPlainString();
    }

    /** The price of a kilogram at this price for {@code grams}, rounded half up to the minor unit. */
    public Money perKilogram(int grams) {
        BigDecimal perKg = BigDecimal.valueOf(minorUnits).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(grams), 0, RoundingMode.HALF_UP);
        return new Money(perKg.longValueExact(), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amountText() + " " + currency.getCurrencyCode();
    }
}
