package dev.dryfruits.product.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackagingStandardTest {

    @Test
    void aPackShipsInItsBandsBoxWithItsPouch() {
        assertThat(PackagingStandard.forPack(100)).isEqualTo(new PackagingStandard.ShippingPack(140, 18, 12, 6));
        assertThat(PackagingStandard.forPack(250)).isEqualTo(new PackagingStandard.ShippingPack(290, 18, 12, 6));
        assertThat(PackagingStandard.forPack(251)).isEqualTo(new PackagingStandard.ShippingPack(307, 22, 15, 8));
        assertThat(PackagingStandard.forPack(1000)).isEqualTo(new PackagingStandard.ShippingPack(1110, 26, 18, 10));
        assertThat(PackagingStandard.forPack(25_000).lengthCm()).isEqualTo(50);
    }
}
