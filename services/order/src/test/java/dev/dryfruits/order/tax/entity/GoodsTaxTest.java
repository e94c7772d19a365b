package dev.dryfruits.order.tax.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.kit.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoodsTaxTest {

    private static final GstRate FIVE = new GstRate("0802", LocalDate.of(2025, 9, 22), null, 500, "test");
    private static final GstRate TWELVE = new GstRate("0802", LocalDate.of(2017, 7, 1), null, 1200, "test");

    @Test
    void anInclusivePriceIsSplitIntoTaxableValueAndIgstToThePaisa() {
        GoodsTax tax = GoodsTax.of(Money.ofMinor(69_800, "INR"), FIVE, false);
        assertThat(tax.taxableValue().minorUnits()).isEqualTo(66_476);
        assertThat(tax.taxes()).singleElement().satisfies(igst -> {
            assertThat(igst.name()).isEqualTo("IGST");
            assertThat(igst.basisPoints()).isEqualTo(500);
            assertThat(igst.amount().minorUnits()).isEqualTo(3_324);
        });
    }

    @Test
    void withinTheStateItIsHalfCgstAndHalfSgstAndStillAddsUp() {
        GoodsTax tax = GoodsTax.of(Money.ofMinor(34_900, "INR"), FIVE, true);
        assertThat(tax.taxes()).extracting(TaxLine::name).containsExactly("CGST", "SGST");
        assertThat(tax.taxes()).allSatisfy(head -> {
            assertThat(head.basisPoints()).isEqualTo(250);
            assertThat(head.amount().minorUnits()).isEqualTo(831);
        });
        assertThat(tax.taxableValue().minorUnits() + tax.total().minorUnits()).isEqualTo(34_900);
        for (long paise = 1; paise < 5_000; paise += 7) {
            for (boolean within : new boolean[] {true, false}) {
                GoodsTax any = GoodsTax.of(Money.ofMinor(paise, "INR"), TWELVE, within);
                assertThat(any.taxableValue().plus(any.total()).minorUnits()).isEqualTo(paise);
            }
        }
    }
}
