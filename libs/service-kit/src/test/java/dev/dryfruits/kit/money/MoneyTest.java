package dev.dryfruits.kit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void keepsExactMinorUnitsAndShowsTheCurrencysDecimals() {
        Money price = Money.of(new BigDecimal("349"), INR);
        assertThat(price.minorUnits()).isEqualTo(34_900);
        assertThat(price.amountText()).isEqualTo("349.00");
        assertThat(Money.ofMinor(5, "INR").amountText()).isEqualTo("0.05");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("349.005"), INR)).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(new BigDecimal("349.500"), INR).minorUnits()).isEqualTo(34_950);
    }

    @Test
    void thePricePerKilogramIsDerivedAndRoundedHalfUp() {
        assertThat(Money.of(new BigDecimal("349.00"), INR).perKilogram(250).amountText()).isEqualTo("1396.00");
        assertThat(Money.of(new BigDecimal("100.00"), INR).perKilogram(300).amountText()).isEqualTo("333.33");
        assertThat(Money.of(new BigDecimal("0.05"), INR).perKilogram(3000).amountText()).isEqualTo("0.02");
        assertThat(Money.of(new BigDecimal("1299.00"), INR).perKilogram(1000).amountText()).isEqualTo("1299.00");
    }

    @Test
    void sumsProductsAndSharesStayExactInPaise() {
        Money price = Money.ofMinor(34_900, "INR");
        assertThat(price.times(3).plus(Money.ofMinor(4_500, "INR")).minorUnits()).isEqualTo(109_200);
        assertThat(price.share(250).minorUnits()).isEqualTo(873);
        assertThat(Money.ofMinor(20, "INR").share(250).minorUnits()).isEqualTo(1);
        assertThat(Money.ofMinor(19, "INR").share(250).minorUnits()).isZero();
        assertThatThrownBy(() -> price.plus(Money.ofMinor(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
    }
}
