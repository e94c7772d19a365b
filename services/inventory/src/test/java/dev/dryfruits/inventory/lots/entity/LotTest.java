package dev.dryfruits.inventory.lots.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ShelfLifeRule FSSAI = new ShelfLifeRule(ShelfLifeRule.Kind.EITHER, 30, 45, 5);

    static Lot lot(int quantity, LocalDate packedOn, LocalDate bestBefore) {
        LotDetails details = new LotDetails("ALM-NP-250", "L-" + UUID.randomUUID().toString().substring(0, 8),
                quantity, "US", "California", 2026, packedOn, bestBefore, null);
        UUID seller = UUID.randomUUID();
        return Lot.receive(seller, UUID.randomUUID(), details, seller, Instant.now()).lot();
    }

    @Test
    void aNewLotIsQuarantinedAndSellsNothingUntilReleased() {
        Lot lot = lot(10, TODAY.minusDays(30), TODAY.plusDays(240));
        assertThat(lot.status()).isEqualTo(LotStatus.QUARANTINED);
        assertThat(lot.sellable(TODAY, FSSAI)).isZero();
        assertThat(lot.release("Lab report passed", Instant.now())).isPresent();
        assertThat(lot.sellable(TODAY, FSSAI)).isEqualTo(10);
        lot.reserve(4);
        assertThat(lot.sellable(TODAY, FSSAI)).isEqualTo(6);
    }

    @Test
    void aLotTooCloseToItsBestBeforeIsNotSellable() {
        Lot lot = lot(10, TODAY.minusDays(300), TODAY.plusDays(40));
        lot.release("passed", Instant.now());
        assertThat(lot.sellable(TODAY, FSSAI)).isZero();
    }

    @Test
    void reservedPacksCannotBeAdjustedAwayNorOverReserved() {
        Lot lot = lot(10, TODAY.minusDays(30), TODAY.plusDays(240));
        lot.release("passed", Instant.now());
        lot.reserve(8);
        assertThatThrownBy(() -> lot.reserve(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lot.adjust(-3, "torn", null, Instant.now()))
                .isInstanceOf(ProblemException.class)
                .satisfies(failure -> assertThat(((ProblemException) failure).status()).isEqualTo(409));
        lot.adjust(-2, "torn", null, Instant.now());
        assertThat(lot.onHand()).isEqualTo(8);
        lot.ship(8, UUID.randomUUID(), Instant.now());
        assertThat(lot.onHand()).isZero();
        assertThat(lot.reserved()).isZero();
    }

    @Test
    void recalledAndExpiredLotsStayBlocked() {
        Lot lot = lot(10, TODAY.minusDays(30), TODAY.plusDays(240));
        lot.release("passed", Instant.now());
        assertThat(lot.recall("Aflatoxin over the limit", Instant.now())).isPresent();
        assertThat(lot.release("passed again", Instant.now())).isEmpty();
        assertThat(lot.expire(Instant.now())).isEmpty();
        assertThat(lot.status()).isEqualTo(LotStatus.RECALLED);
    }
}
