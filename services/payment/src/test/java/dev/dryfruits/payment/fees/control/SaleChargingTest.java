package dev.dryfruits.payment.fees.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.fees.entity.CategoryCommission;
import dev.dryfruits.payment.fees.entity.ClosingFeeBand;
import dev.dryfruits.payment.fees.entity.CollectionFee;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
import dev.dryfruits.payment.fees.entity.Sale;
import dev.dryfruits.payment.fees.entity.SaleCharges;
import dev.dryfruits.payment.fees.entity.ShippingPayer;
import dev.dryfruits.payment.fees.entity.TaxHead;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of a sale's fees and withholdings, to the paisa. */
class SaleChargingTest {

    private static final FeeSchedule SCHEDULE = new FeeSchedule(LocalDate.of(2025, 4, 1), 900, ShippingPayer.CUSTOMER,
            List.of(new CategoryCommission("almonds", 800), new CategoryCommission("cashews", 800)),
            List.of(new ClosingFeeBand(30_000L, 500), new ClosingFeeBand(50_000L, 1_000),
                    new ClosingFeeBand(100_000L, 2_000), new ClosingFeeBand(null, 4_000)),
            List.of(new CollectionFee("UPI", 0), new CollectionFee("CARD", 200)), "test", null, Instant.now());

    private static Money inr(long paise) {
        return Money.ofMinor(paise, "INR");
    }

    @Test
    void aSaleWithinTheSellersStatePaysCgstAndSgstTcsAndIgstOnFeesFromAnotherState() {
        // Two packs of almonds at 349.00 from Maharashtra (27) to Maharashtra, paid by card; the platform is in 29.
        Sale sale = new Sale(LocalDate.of(2026, 12, 4), "CARD", "27", "27", true,
                List.of(new Sale.Line("almonds", 2, inr(34_900), inr(69_800), inr(66_476))), inr(4_500), inr(0));
        SaleCharges charges = SaleCharging.charges(sale, SCHEDULE, 1_800, 50, 10, "29");
        assertThat(charges.commission()).isEqualTo(inr(5_584));
        assertThat(charges.closingFee()).isEqualTo(inr(2_000));
        assertThat(charges.collectionFee()).isEqualTo(inr(1_486));
        assertThat(charges.gstOnFees()).extracting(TaxHead::name, TaxHead::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IGST", inr(1_633)));
        assertThat(charges.tcs()).extracting(TaxHead::name, TaxHead::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CGST", inr(166)), org.assertj.core.groups.Tuple.tuple("SGST",
                        inr(166)));
        assertThat(charges.tds()).isEqualTo(inr(66));
        assertThat(sale.goods().plus(charges.deductions().times(-1))).isEqualTo(inr(58_699));
    }

    @Test
    void aSellerWithoutAPanInThePlatformsStateAcrossStatesOnUpi() {
        Sale sale = new Sale(LocalDate.of(2026, 12, 4), "UPI", "29", "27", false,
                List.of(new Sale.Line("figs", 1, inr(120_000), inr(120_000), inr(114_286))), inr(5_000), inr(0));
        SaleCharges charges = SaleCharging.charges(sale, SCHEDULE, 1_800, 50, 500, "29");
        // Figs: the default 9 %; above Rs 1,000: Rs 40 closing; UPI: no collection fee.
        assertThat(charges.commission()).isEqualTo(inr(10_800));
        assertThat(charges.closingFee()).isEqualTo(inr(4_000));
        assertThat(charges.collectionFee()).isEqualTo(inr(0));
        assertThat(charges.gstOnFees()).extracting(TaxHead::name).containsExactly("CGST", "SGST");
        assertThat(charges.gstOnFeesTotal()).isEqualTo(inr(2_664));
        assertThat(charges.tcs()).extracting(TaxHead::name, TaxHead::basisPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IGST", 50));
        assertThat(charges.tcsTotal()).isEqualTo(inr(571));
        assertThat(charges.tds()).isEqualTo(inr(5_714));
    }
}
