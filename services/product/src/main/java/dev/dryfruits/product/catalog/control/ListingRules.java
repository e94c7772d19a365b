package dev.dryfruits.product.catalog.control;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.product.catalog.control.ProductDraft.NutritionFacts;
import dev.dryfruits.product.catalog.control.ProductDraft.PackSize;
import dev.dryfruits.product.catalog.entity.Allergen;
import dev.dryfruits.product.catalog.entity.ImageUrlPolicy;
import dev.dryfruits.product.catalog.entity.ListingDetails;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.product.catalog.entity.Nutrition;
import dev.dryfruits.product.catalog.entity.OrganicCertification;
import dev.dryfruits.product.catalog.entity.VariantSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a product as a seller sends it, all fields at once, so one answer names everything that is wrong. What
 * may stay empty in a draft but must be filled before sale is the entity's business ({@code missingForSale}).
 */
final class ListingRules {

    static final int MAX_VARIANTS = 10;
    static final int MAX_IMAGES = 10;
    static final int MAX_PACK_GRAMS = 50_000;
    static final Set<String> ORGANIC_SCHEMES = Set.of("NPOP", "PGS-India");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final FieldCheck check = new FieldCheck();
    private final Currency currency;

    private ListingRules(Currency currency) {
        this.currency = currency;
    }

    /** The checked listing, or a 400 naming each invalid field. */
    static Listing validated(ProductDraft draft, Set<String> categories, Currency currency) {
        ProblemException.requireBody(draft, "The product");
        ListingRules rules = new ListingRules(currency);
        boolean organic = Boolean.TRUE.equals(draft.organic());
        ListingDetails details = new ListingDetails(
                rules.text("name", draft.name(), 3, 120, true),
                rules.category(draft.category(), categories),
                rules.text("variety", draft.variety(), 1, 80, false),
                rules.text("grade", draft.grade(), 1, 80, false),
                rules.country(draft.originCountry()),
                rules.text("originRegion", draft.originRegion(), 1, 80, false),
                rules.text("description", draft.description(), 1, 4000, false),
                organic,
                rules.certification(organic, draft.organicCertification()),
                rules.allergens(draft.allergens()),
                rules.text("ingredients", draft.ingredients(), 1, 1000, false),
                rules.text("storage", draft.storage(), 1, 300, false),
                rules.text("packaging", draft.packaging(), 1, 300, false),
                rules.shelfLife(draft.shelfLifeDays()),
                rules.nutrition(draft.nutritionPer100g()),
                rules.images(draft.images()),
                rules.text("packerName", draft.packerName(), 2, 200, false),
                rules.text("packerAddress", draft.packerAddress(), 5, 400, false),
                rules.text("consumerCare", draft.consumerCare(), 5, 300, false));
        List<VariantSpec> variants = rules.variants(draft.variants());
        rules.check.throwIfAny();
        return new Listing(details, variants);
    }

    /** A checked product: its details and its pack sizes. */
    record Listing(ListingDetails details, List<VariantSpec> variants) {
    }

    private String text(String field, String value, int min, int max, boolean required) {
        return required ? check.text(field, value, min, max) : check.optionalText(field, value, min, max);
    }

    private String category(String slug, Set<String> categories) {
        String value = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            violation("category", "is required");
            return null;
        }
        if (!categories.contains(value)) {
            violation("category", "must be one of " + categories.stream().sorted().toList());
            return null;
        }
        return value;
    }

    private String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String value = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(value)) {
            violation("originCountry", "must be an ISO 3166 two-letter country code, e.g. IN or US");
            return null;
        }
        return value;
    }

    private OrganicCertification certification(boolean organic, ProductDraft.Certification certification) {
        if (certification == null) {
            return null;
        }
        if (!organic) {
            violation("organicCertification", "is only for products sold as organic");
            return null;
        }
        String scheme = certification.scheme() == null ? "" : certification.scheme().strip();
        if (!ORGANIC_SCHEMES.contains(scheme)) {
            violation("organicCertification.scheme", "must be one of " + ORGANIC_SCHEMES.stream().sorted().toList());
        }
        String number = text("organicCertification.certificateNumber", certification.certificateNumber(), 3, 80,
                true);
        return ORGANIC_SCHEMES.contains(scheme) && number != null ? new OrganicCertification(scheme, number) : null;
    }

    private Set<Allergen> allergens(List<String> names) {
        Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);
        if (names == null) {
            return allergens;
        }
        for (int i = 0; i < names.size(); i++) {
            try {
                allergens.add(Allergen.valueOf(String.valueOf(names.get(i)).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                violation("allergens[" + i + "]", "must be one of " + Arrays.toString(Allergen.values()));
            }
        }
        return allergens;
    }

    private Integer shelfLife(Integer days) {
        if (days != null && (days < 1 || days > 1825)) {
            violation("shelfLifeDays", "must be 1 to 1825 days");
            return null;
        }
        return days;
    }

    private Nutrition nutrition(NutritionFacts facts) {
        if (facts == null) {
            return null;
        }
        Nutrition nutrition = new Nutrition(
                nutrient("energyKcal", facts.energyKcal(), 900),
                nutrient("proteinG", facts.proteinG(), 100),
                nutrient("fatG", facts.fatG(), 100),
                nutrient("carbohydrateG", facts.carbohydrateG(), 100),
                nutrient("sugarsG", facts.sugarsG(), 100),
                nutrient("fibreG", facts.fibreG(), 100),
                nutrient("sodiumMg", facts.sodiumMg(), 100_000));
        return nutrition.isEmpty() ? null : nutrition;
    }

    /** Per 100 g, to one decimal as labels show it. */
    private BigDecimal nutrient(String name, BigDecimal value, int max) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            violation("nutritionPer100g." + name, "must be 0 to " + max);
            return null;
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private List<String> images(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_IMAGES) {
            violation("images", "at most " + MAX_IMAGES + " images");
            return List.of();
        }
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            int index = i;
            ImageUrlPolicy.problemWith(url).ifPresentOrElse(problem -> violation("images[" + index + "]", problem),
                    () -> accepted.add(url.strip()));
        }
        return accepted;
    }

    private List<VariantSpec> variants(List<PackSize> packs) {
        if (packs == null || packs.isEmpty()) {
            violation("variants", "at least one pack size is required");
            return List.of();
        }
        if (packs.size() > MAX_VARIANTS) {
            violation("variants", "at most " + MAX_VARIANTS + " pack sizes");
            return List.of();
        }
        List<VariantSpec> specs = new ArrayList<>();
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < packs.size(); i++) {
            String field = "variants[" + i + "]";
            PackSize pack = packs.get(i);
            if (pack == null) {
                violation(field, "is empty");
                continue;
            }
            Integer grams = pack.packGrams();
            if (grams == null || grams < 1 || grams > MAX_PACK_GRAMS) {
                violation(field + ".packGrams", "must be the net quantity in grams, 1 to " + MAX_PACK_GRAMS);
            } else if (!sizes.add(grams)) {
                violation(field + ".packGrams", "repeats another pack size");
            }
            Money price = money(field + ".price", pack.price(), true);
            Money mrp = money(field + ".mrp", pack.mrp(), false);
            if (price != null && mrp != null && price.compareTo(mrp) > 0) {
                violation(field + ".price", "must not be above the MRP (" + mrp + ")");
            }
            if (grams != null && price != null) {
                specs.add(new VariantSpec(grams, price, mrp));
            }
        }
        return specs;
    }

    /** A price: the kit's amount in the marketplace's currency, and more than zero. */
    private Money money(String field, MoneyView amount, boolean required) {
        Money money = check.money(field, amount, currency, required);
        if (money != null && !money.isPositive()) {
            violation(field + ".amount", "must be more than zero");
            return null;
        }
        return money;
    }

    private void violation(String field, String message) {
        check.violation(field, message);
    }
}
