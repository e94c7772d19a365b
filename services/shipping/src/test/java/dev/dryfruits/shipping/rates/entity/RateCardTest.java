package dev.dryfruits.shipping.rates.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateCardTest {

    private static final IndianState KARNATAKA = new IndianState("29", "Karnataka");
    private static final IndianState MAHARASHTRA = new IndianState("27", "Maharashtra");
    private static final IndianState ASSAM = new IndianState("18", "Assam");
    private static final IndianState RAJASTHAN = new IndianState("08", "Rajasthan");
    private static final IndianState ANDAMAN = new IndianState("35", "Andaman and Nicobar Islands");

    private static final PincodeArea BENGALURU = new PincodeArea("560001", "Bengaluru", List.of(KARNATAKA));
    private static final PincodeArea BENGALURU_SOUTH = new PincodeArea("560076", "Bengaluru", List.of(KARNATAKA));
    private static final PincodeArea MYSORE = new PincodeArea("570001", "Mysore", List.of(KARNATAKA));
    private static final PincodeArea MUMBAI = new PincodeArea("400001", "Mumbai", List.of(MAHARASHTRA));
    private static final PincodeArea JODHPUR = new PincodeArea("342001", "Jodhpur", List.of(RAJASTHAN));
    private static final PincodeArea GUWAHATI = new PincodeArea("781001", "Kamrup", List.of(ASSAM));
    private static final PincodeArea PORT_BLAIR = new PincodeArea("744101", "Andaman", List.of(ANDAMAN));

    private final RateCard card = new RateCard(new RateCard.Terms(LocalDate.of(2025, 4, 1), 500, 5000, 3600, 250,
            Set.of("Bengaluru", "Mumbai", "Kolkata"), Set.of("18", "35"), Set.of("35"), "test"),
            List.of(new ZoneRate(Zone.A, 3000, 2800, 3), new ZoneRate(Zone.B, 3500, 3200, 3),
                    new ZoneRate(Zone.C, 4500, 4200, 5), new ZoneRate(Zone.D, 5000, 4700, 7),
                    new ZoneRate(Zone.E, 6500, 6200, 9)), null, Instant.now());

    @Test
    void zonesGoFromTheNearestToTheFarthest() {
        assertThat(card.zone(BENGALURU, BENGALURU_SOUTH)).isEqualTo(Zone.A);
        assertThat(card.zone(BENGALURU, MYSORE)).isEqualTo(Zone.B);
        assertThat(card.zone(BENGALURU, MUMBAI)).isEqualTo(Zone.C);
        assertThat(card.zone(MYSORE, MUMBAI)).isEqualTo(Zone.D);
        assertThat(card.zone(BENGALURU, JODHPUR)).isEqualTo(Zone.D);
        assertThat(card.zone(MUMBAI, GUWAHATI)).isEqualTo(Zone.E);
        // Only deliveries into a special zone are zone E; Guwahati is not a metro city here.
        assertThat(card.zone(GUWAHATI, MUMBAI)).isEqualTo(Zone.D);
    }

    @Test
    void billedWeightIsTheLargerOfActualAndVolumetricInWholeSlabs() {
        assertThat(card.slabs(250, 18 * 12 * 6)).isEqualTo(1);
        assertThat(card.slabs(500, 10 * 10 * 10)).isEqualTo(1);
        assertThat(card.slabs(501, 10 * 10 * 10)).isEqualTo(2);
        // 30 x 30 x 30 cm is 5.4 kg volumetric: a light but bulky box is billed at 11 slabs of 500 g.
        assertThat(card.volumetricGrams(30 * 30 * 30)).isEqualTo(5_400);
        assertThat(card.slabs(800, 30 * 30 * 30)).isEqualTo(11);
        assertThat(card.rate(Zone.D).chargeFor(3)).isEqualTo(5000 + 2 * 4700);
    }

    @Test
    void cashOnDeliveryCostsTheFlatChargeOrThePercentageWhicheverIsMore() {
        assertThat(card.codChargePaise(50_000)).isEqualTo(3600);
        assertThat(card.codChargePaise(144_000)).isEqualTo(3600);
        assertThat(card.codChargePaise(200_000)).isEqualTo(5000);
        assertThat(card.codChargePaise(200_020)).isEqualTo(5001);
        assertThat(card.collectsCashIn(MUMBAI)).isTrue();
        assertThat(card.collectsCashIn(PORT_BLAIR)).isFalse();
    }
}
