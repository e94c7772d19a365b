package dev.dryfruits.order.tax.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.order.tax.entity.GstRate;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GstRatesTest {

    private static final GstRates RATES = new GstRates();

    @BeforeAll
    static void load() {
        RATES.load();
    }

    @Test
    void nutsWentFromTwelveToFivePercentOnTheTwentySecondOfSeptember2025() {
        assertThat(RATES.rateFor("0802", LocalDate.of(2025, 9, 21))).map(GstRate::basisPoints).contains(1200);
        assertThat(RATES.rateFor("0802", LocalDate.of(2025, 9, 22))).map(GstRate::basisPoints).contains(500);
        assertThat(RATES.rateFor("0813", LocalDate.of(2024, 1, 1))).map(GstRate::percent).contains("12");
    }

    @Test
    void theLongestPrefixWinsCashewsWalnutsAndRaisinsWereAlwaysFive() {
        assertThat(RATES.rateFor("080132", LocalDate.of(2024, 1, 1))).map(GstRate::basisPoints).contains(500);
        assertThat(RATES.rateFor("080232", LocalDate.of(2024, 1, 1))).map(GstRate::basisPoints).contains(500);
        assertThat(RATES.rateFor("080620", LocalDate.of(2024, 1, 1))).map(GstRate::basisPoints).contains(500);
        assertThat(RATES.rateFor("080212", LocalDate.of(2024, 1, 1))).map(GstRate::basisPoints).contains(1200);
        assertThat(RATES.rateFor("080212", LocalDate.of(2026, 12, 2))).map(GstRate::source).get().asString()
                .contains("56th GST Council");
    }

    @Test
    void noRateIsAGapNotAZero() {
        assertThat(RATES.rateFor("0901", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(RATES.rateFor("0802", LocalDate.of(2017, 6, 30))).isEmpty();
    }
}
