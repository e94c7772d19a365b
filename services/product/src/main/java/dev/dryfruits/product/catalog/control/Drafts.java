package dev.dryfruits.product.catalog.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.product.catalog.control.ProductDraft.Certification;
import dev.dryfruits.product.catalog.control.ProductDraft.NutritionFacts;
import dev.dryfruits.product.catalog.control.ProductDraft.PackSize;
import dev.dryfruits.product.catalog.entity.ListingDetails;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.product.catalog.entity.Nutrition;
import dev.dryfruits.product.catalog.entity.Product;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;

/**
 * A listing as its seller would send it, and JSON merge patches (RFC 7396) applied to that: a PATCH changes the
 * fields it names, then the result is checked like a PUT.
 */
public final class Drafts {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Drafts() {
    }

    /** The draft that would recreate this product as it is now. */
    public static ProductDraft of(Product product) {
        ListingDetails details = product.details();
        Nutrition nutrition = details.nutrition();
        return new ProductDraft(details.name(), details.category(), details.variety(), details.grade(),
                details.originCountry(), details.originRegion(), details.description(), details.organic(),
                details.organicCertification() == null ? null : new Certification(
                        details.organicCertification().scheme(), details.organicCertification().certificateNumber()),
                details.allergens().stream().map(Enum::name).sorted().toList(), details.ingredients(),
                details.storage(), details.packaging(), details.shelfLifeDays(),
                nutrition == null ? null : new NutritionFacts(nutrition.energyKcal(), nutrition.proteinG(),
                        nutrition.fatG(), nutrition.carbohydrateG(), nutrition.sugarsG(), nutrition.fibreG(),
                        nutrition.sodiumMg()),
                details.images(), details.packerName(), details.packerAddress(), details.consumerCare(),
                product.variants().stream().map(variant -> new PackSize(variant.packGrams(), amount(variant.price()),
                        amount(variant.mrp()))).toList());
    }

    public static ProductDraft patched(ProductDraft current, JsonObject patch) {
        if (patch == null) {
            throw ProblemException.badRequest("missing-body", "A JSON merge patch is required");
        }
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(current)))) {
            document = reader.readObject();
        }
        JsonValue merged = Json.createMergePatch(patch).apply(document);
        try {
            return JSONB.fromJson(merged.toString(), ProductDraft.class);
        } catch (JsonbException wrongTypes) {
            throw ProblemException.badRequest("malformed-patch",
                    "The patch gives a field a value of the wrong type: " + rootMessage(wrongTypes));
        }
    }

    private static MoneyView amount(Money money) {
        return MoneyView.of(money);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
