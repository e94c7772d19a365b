package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void eachPackSizeGetsItsOwnSkuAndKeepsItAcrossEdits() {
        Product product = new Product(UUID.randomUUID(), details("Packer"), List.of(pack(250, 34_900, 39_900),
                pack(500, 67_900, 77_900)), NOW);
        String sku250 = product.variants().get(0).sku();
        assertThat(sku250).startsWith("ALM-").endsWith("-250G");
        assertThat(product.variants()).extracting(ProductVariant::sku).doesNotHaveDuplicates();

        product.revise(details("Packer"), List.of(pack(250, 32_900, 39_900), pack(1000, 129_900, 149_900)), NOW);

        assertThat(product.variants()).extracting(ProductVariant::packGrams).containsExactly(250, 1000);
        assertThat(product.variants().get(0).sku()).isEqualTo(sku250);
        assertThat(product.variants().get(0).price().minorUnits()).isEqualTo(32_900);
    }

    @Test
    void aListingIsSoldOnlyWhenTheLegalMetrologyFieldsAreThere() {
        Product product = new Product(UUID.randomUUID(), details(null), List.of(pack(250, 34_900, null)), NOW);

        assertThat(product.missingForSale()).containsExactly("packerName", "variants[0].mrp");
        assertThatThrownBy(() -> product.submit(NOW)).isInstanceOf(IllegalStateException.class);

        product.revise(details("Packer"), List.of(pack(250, 34_900, 39_900)), NOW);
        product.submit(NOW);
        assertThat(product.status()).isEqualTo(ProductStatus.PENDING_REVIEW);
    }

    @Test
    void aLiveListingChangesPricesWhileOnSaleButNeedsAPauseAndAReviewForAnythingElse() {
        Product product = live();

        List<Product.PriceUpdate> updates = product.revise(details("Packer"), List.of(pack(250, 29_900, 39_900)), NOW);
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.before().minorUnits()).isEqualTo(34_900);
            assertThat(update.after().minorUnits()).isEqualTo(29_900);
        });
        assertThat(product.status()).isEqualTo(ProductStatus.LIVE);
        assertThatThrownBy(() -> product.revise(details("Another Packer"), List.of(pack(250, 29_900, 39_900)), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pause");

        product.pause(NOW);
        product.resume(NOW);
        product.pause(NOW);
        product.revise(details("Another Packer"), List.of(pack(250, 29_900, 39_900)), NOW);
        assertThatThrownBy(() -> product.resume(NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("submit");
        product.submit(NOW);
        assertThatThrownBy(() -> product.revise(details("Packer"), List.of(pack(250, 29_900, 39_900)), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reviewed");
    }

    @Test
    void aRejectedListingIsFixedAndSubmittedAgain() {
        Product product = new Product(UUID.randomUUID(), details("Packer"), List.of(pack(250, 34_900, 39_900)), NOW);
        product.submit(NOW);
        product.reject("Photos show a different product", NOW);
        assertThat(product.rejectionReason()).isEqualTo("Photos show a different product");

        product.revise(details("Packer"), List.of(pack(250, 34_900, 39_900)), NOW);
        product.submit(NOW);
        assertThat(product.rejectionReason()).isNull();
        assertThatThrownBy(() -> product.pause(NOW)).isInstanceOf(IllegalStateException.class);
    }

    private static Product live() {
        Product product = new Product(UUID.randomUUID(), details("Packer"), List.of(pack(250, 34_900, 39_900)), NOW);
        product.submit(NOW);
        product.approve(NOW);
        return product;
    }

    private static VariantSpec pack(int grams, long price, Integer mrp) {
        return new VariantSpec(grams, Money.ofMinor(price, "INR"), mrp == null ? null : Money.ofMinor(mrp, "INR"));
    }

    private static ListingDetails details(String packer) {
        return new ListingDetails("California Almonds", "almonds", "Nonpareil", "US Extra No. 1", "US", "California",
                "Crunchy", false, null, Set.of(Allergen.TREE_NUTS), "Almonds", "Cool and dry",
                "Nitrogen-flushed pouch", 270, null, List.of(), packer, "Plot 4, Kollam, Kerala 691001",
                "care@example.com");
    }
}
