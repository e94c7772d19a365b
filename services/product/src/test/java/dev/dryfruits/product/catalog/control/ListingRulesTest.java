package dev.dryfruits.product.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.kit.problem.Problem.Violation;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.product.catalog.control.ListingRules.Listing;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.product.catalog.control.ProductDraft.PackSize;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.seeding.control.DemoCatalog;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    private static final Set<String> CATEGORIES = Set.of("almonds", "cashews", "pistachios", "walnuts", "raisins",
            "dates", "figs", "apricots", "prunes", "mixes");
    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void aMinimalDraftIsEnoughToStart() {
        Listing listing = ListingRules.validated(draft("California Almonds", "Almonds",
                List.of(new PackSize(250, inr("349.00"), null))), CATEGORIES, INR);

        assertThat(listing.details().category()).isEqualTo("almonds");
        assertThat(listing.variants()).singleElement()
                .satisfies(pack -> assertThat(pack.price().minorUnits()).isEqualTo(34_900));
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        ProductDraft wrong = new ProductDraft("AB", "chocolates", null, null, "XX", null, null, false,
                new ProductDraft.Certification("NPOP", "123"), List.of("TREE_NUTS", "GLITTER"), null, null, null, 0,
                null, List.of("http://127.0.0.1/a.jpg"), null, null, null, List.of(
                new PackSize(250, inr("349.001"), null),
                new PackSize(250, new MoneyView("349.00", "USD"), null),
                new PackSize(0, inr("500.00"), inr("400.00"))));

        assertThat(violations(wrong)).extracting(Violation::field).containsExactlyInAnyOrder("name", "category",
                "originCountry", "organicCertification", "allergens[1]", "shelfLifeDays", "images[0]",
                "variants[0].price.amount", "variants[1].packGrams", "variants[1].price.currency",
                "variants[2].packGrams", "variants[2].price");
    }

    @Test
    void aListingWithoutPackSizesIsRefused() {
        assertThat(violations(draft("California Almonds", "almonds", List.of()))).extracting(Violation::field)
                .containsExactly("variants");
    }

    @Test
    void everyDemoProductPassesTheRulesAndIsCompleteForSale() {
        DemoCatalog.catalog().forEach((seller, drafts) -> drafts.forEach(draft -> {
            Listing listing = ListingRules.validated(draft, CATEGORIES, INR);
            Product product = new Product(UUID.randomUUID(), listing.details(), listing.variants(), Instant.now());
            assertThat(product.missingForSale()).as(draft.name()).isEmpty();
        }));
    }

    private static List<Violation> violations(ProductDraft draft) {
        try {
            ListingRules.validated(draft, CATEGORIES, INR);
        } catch (ProblemException invalid) {
            assertThat(invalid.status()).isEqualTo(400);
            return invalid.violations();
        }
        throw new AssertionError("Expected " + draft + " to be refused");
    }

    private static ProductDraft draft(String name, String category, List<PackSize> packs) {
        return new ProductDraft(name, category, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, packs);
    }

    private static MoneyView inr(String amount) {
        return new MoneyView(amount, "INR");
    }
}
