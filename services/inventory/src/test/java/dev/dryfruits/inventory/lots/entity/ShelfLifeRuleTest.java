package dev.dryfruits.inventory.lots.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShelfLifeRuleTest {

    private static final LocalDate PACKED = LocalDate.of(2026, 1, 1);
    /** 365 days of shelf life: 30 % is 110 days (rounded up), more than 45. */
    private static final LocalDate BEST_BEFORE = LocalDate.of(2027, 1, 1);

    @Test
    void eitherRuleAsksForTheShorterOfPercentAndDays() {
        ShelfLifeRule rule = new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 30, 45, 5);
        assertThat(rule.lastSellableDay(PACKED, BEST_BEFORE)).isEqualTo(BEST_BEFORE.minusDays(45 + 5));
    }

    @Test
    void bothRuleAsksForTheLongerOfPercentAndDays() {
        ShelfLifeRule rule = new ShelfLifeRule(ShelfLifeRule.Kind.BOTH, 30, 45, 5);
        assertThat(rule.lastSellableDay(PACKED, BEST_BEFORE)).isEqualTo(BEST_BEFORE.minusDays(110 + 5));
    }

    @Test
    void percentAndDaysRulesStandAlone() {
        assertThat(new ShelfLifeRule(ShelfLifeRule.Kind.PERCENT, 30, 45, 0).lastSellableDay(PACKED, BEST_BEFORE))
                .isEqualTo(BEST_BEFORE.minusDays(110));
        assertThat(new ShelfLifeRule(ShelfLifeRule.Kind.DAYS, 30, 45, 0).lastSellableDay(PACKED, BEST_BEFORE))
                .isEqualTo(BEST_BEFORE.minusDays(45));
        // A short shelf life: 30 % of 100 days is 30, shorter than 45, so EITHER asks for 30.
        LocalDate shortLife = PACKED.plusDays(100);
        assertThat(new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 30, 45, 0).lastSellableDay(PACKED, shortLife))
                .isEqualTo(shortLife.minusDays(30));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 130, 45, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 30, -1, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
