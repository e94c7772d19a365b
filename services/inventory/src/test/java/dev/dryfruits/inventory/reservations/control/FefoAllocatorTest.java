package dev.dryfruits.inventory.reservations.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotDetails;
import dev.dryfruits.inventory.lots.entity.ShelfLifeRule;
import dev.dryfruits.inventory.reservations.entity.LotPick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FefoAllocatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ShelfLifeRule FSSAI = new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 30, 45, 5);

    private static Lot released(String number, int quantity, LocalDate packedOn, LocalDate bestBefore) {
        LotDetails details = new LotDetails("ALM-NP-250", number, quantity, "US", null, 2026, packedOn, bestBefore,
                null);
        Lot lot = Lot.receive(UUID.randomUUID(), UUID.randomUUID(), details, null, Instant.now()).lot();
        lot.release("passed", Instant.now());
        return lot;
    }

    @Test
    void takesTheEarliestExpiryFirstAndSkipsLotsTooCloseToExpiry() {
        Lot nearlyOut = released("NEAR", 10, TODAY.minusDays(300), TODAY.plusDays(30));
        Lot early = released("EARLY", 3, TODAY.minusDays(60), TODAY.plusDays(200));
        Lot late = released("LATE", 10, TODAY.minusDays(10), TODAY.plusDays(300));
        FefoAllocator.Plan plan = FefoAllocator.plan(List.of(new FefoAllocator.Line("ALM-NP-250", 5)),
                Map.of("ALM-NP-250", List.of(nearlyOut, early, late)), TODAY, FSSAI);
        assertThat(plan.isComplete()).isTrue();
        assertThat(plan.picks()).extracting(LotPick::lotNumber, LotPick::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EARLY", 3),
                        org.assertj.core.groups.Tuple.tuple("LATE", 2));
    }

    @Test
    void namesEveryLineThatIsShort() {
        Lot lot = released("ONLY", 2, TODAY.minusDays(10), TODAY.plusDays(300));
        FefoAllocator.Plan plan = FefoAllocator.plan(List.of(new FefoAllocator.Line("ALM-NP-250", 3),
                        new FefoAllocator.Line("CSH-W240-500", 1)),
                Map.of("ALM-NP-250", List.of(lot)), TODAY, FSSAI);
        assertThat(plan.isComplete()).isFalse();
        assertThat(plan.shortages()).containsExactly(new FefoAllocator.Shortage(0, "ALM-NP-250", 3, 2),
                new FefoAllocator.Shortage(1, "CSH-W240-500", 1, 0));
    }
}
