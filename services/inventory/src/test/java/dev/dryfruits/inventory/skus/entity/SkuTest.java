package dev.dryfruits.inventory.skus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SkuTest {

    @Test
    void lowStockIsAnnouncedOnceWhenFallingToTheThresholdAndAgainAfterRecovering() {
        Sku sku = new Sku("ALM-NP-250", UUID.randomUUID(), UUID.randomUUID(), "almonds", 250, Instant.now());
        assertThat(sku.restock(0, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.NONE);
        assertThat(sku.restock(10, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.CHANGED);
        assertThat(sku.restock(5, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.BECAME_LOW);
        assertThat(sku.restock(3, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.CHANGED);
        assertThat(sku.restock(9, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.CHANGED);
        assertThat(sku.restock(2, 5, Instant.now())).isEqualTo(Sku.StockLevelChange.BECAME_LOW);
        assertThat(sku.stockVersion()).isEqualTo(5);
    }
}
