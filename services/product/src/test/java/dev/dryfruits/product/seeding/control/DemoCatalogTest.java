package dev.dryfruits.product.seeding.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.product.catalog.control.ProductDraft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    @Test
    void theDemoSellersListMoreThanTwentyProductsAcrossTheCategories() {
        Map<String, List<ProductDraft>> catalog = DemoCatalog.catalog();

        assertThat(catalog).containsOnlyKeys("Kashmir Orchards LLP", "Kerala Cashew Company Pvt Ltd",
                "Thar Dates and Figs");
        List<ProductDraft> all = catalog.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all).extracting(ProductDraft::category).contains("almonds", "cashews", "pistachios", "walnuts",
                "raisins", "dates", "figs", "apricots", "mixes");
        assertThat(all).allSatisfy(draft -> assertThat(draft.variants()).isNotEmpty());
    }
}
