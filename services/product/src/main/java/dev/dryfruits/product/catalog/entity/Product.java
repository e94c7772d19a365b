package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A seller's listing of one dry-fruit product, sold in pack sizes. The rules of its lifecycle live here: what may be
 * edited when, what must be complete before it is sold, and which edits need another review.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private UUID id;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private UUID sellerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductStatus status;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    private String variety;
    private String grade;

    @Column(name = "origin_country")
    private String originCountry;

    @Column(name = "origin_region")
    private String originRegion;

    private String description;

    @Column(nullable = false)
    private boolean organic;

    // Columns rather than embedded records: records become embeddables only with Jakarta Persistence 3.2.
    @Column(name = "organic_certifier")
    private String organicScheme;

    @Column(name = "organic_certificate")
    private String organicCertificate;

    @ElementCollection
    @CollectionTable(name = "product_allergen", joinColumns = @JoinColumn(name = "product_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "allergen")
    private Set<Allergen> allergens = new HashSet<>();

    private String ingredients;
    private String storage;
    private String packaging;

    @Column(name = "shelf_life_days")
    private Integer shelfLifeDays;

    @Column(name = "energy_kcal")
    private BigDecimal energyKcal;

    @Column(name = "protein_g")
    private BigDecimal proteinG;

    @Column(name = "fat_g")
    private BigDecimal fatG;

    @Column(name = "carbohydrate_g")
    private BigDecimal carbohydrateG;

    @Column(name = "sugars_g")
    private BigDecimal sugarsG;

    @Column(name = "fibre_g")
    private BigDecimal fibreG;

    @Column(name = "sodium_mg")
    private BigDecimal sodiumMg;

    @ElementCollection
    @CollectionTable(name = "product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> images = new ArrayList<>();

    @Column(name = "packer_name")
    private String packerName;

    @Column(name = "packer_address")
    private String packerAddress;

    @Column(name = "consumer_care")
    private String consumerCare;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductVariant> variants = new ArrayList<>();

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(nullable = false)
    private int revision;

    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(UUID sellerId, ListingDetails details, List<VariantSpec> specs, Instant now) {
        this.id = UUID.randomUUID();
        this.sellerId = sellerId;
        this.status = ProductStatus.DRAFT;
        this.revision = 1;
        this.createdAt = now;
        describe(details);
        reconcileVariants(specs);
        this.updatedAt = now;
    }

    /**
     * A new version of the listing. While LIVE only prices may change (the listing stays on sale); anything else
     * needs the listing paused first, and then another review. Nothing may change while it is being reviewed.
     *
     * @return the variants whose selling price changed, with their previous price
     */
    public List<PriceUpdate> revise(ListingDetails details, List<VariantSpec> specs, Instant now) {
        if (status == ProductStatus.PENDING_REVIEW) {
            throw new IllegalStateException("The listing is being reviewed; it can be edited once it is decided");
        }
        boolean contentChanged = !details.equals(details()) || !sameContentOf(specs);
        if (contentChanged && status == ProductStatus.LIVE) {
            throw new IllegalStateException(
                    "A LIVE listing's prices can change while it is on sale; pause it to edit anything else");
        }
        if (contentChanged) {
            revision++;
        }
        describe(details);
        List<PriceUpdate> updates = reconcileVariants(specs);
        this.updatedAt = now;
        return updates;
    }

    /** What the Legal Metrology (e-commerce) rules and organic labelling need before the listing is sold. */
    public List<String> missingForSale() {
        List<String> missing = new ArrayList<>();
        requireText(missing, "packerName", packerName);
        requireText(missing, "packerAddress", packerAddress);
        requireText(missing, "originCountry", originCountry);
        requireText(missing, "consumerCare", consumerCare);
        if (shelfLifeDays == null) {
            missing.add("shelfLifeDays");
        }
        if (variants.isEmpty()) {
            missing.add("variants");
        }
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).mrp() == null) {
                missing.add("variants[" + i + "].mrp");
            }
        }
        if (organic && organicScheme == null) {
            missing.add("organicCertification");
        }
        return missing;
    }

    public void submit(Instant now) {
        if (!EnumSet.of(ProductStatus.DRAFT, ProductStatus.REJECTED, ProductStatus.PAUSED).contains(status)) {
            throw new IllegalStateException("A " + status + " listing cannot be submitted for review");
        }
        if (!missingForSale().isEmpty()) {
            throw new IllegalStateException("The listing is incomplete: " + missingForSale());
        }
        this.status = ProductStatus.PENDING_REVIEW;
        this.rejectionReason = null;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void approve(Instant now) {
        require(ProductStatus.PENDING_REVIEW, "approve");
        this.status = ProductStatus.LIVE;
        this.approvedRevision = revision;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    public void reject(String reason, Instant now) {
        require(ProductStatus.PENDING_REVIEW, "reject");
        this.status = ProductStatus.REJECTED;
        this.rejectionReason = reason;
        this.updatedAt = now;
    }

    public void pause(Instant now) {
        require(ProductStatus.LIVE, "pause");
        this.status = ProductStatus.PAUSED;
        this.updatedAt = now;
    }

    /** Back on sale without another review, if only prices changed since it was approved. */
    public void resume(Instant now) {
        require(ProductStatus.PAUSED, "resume");
        if (approvedRevision == null || approvedRevision != revision) {
            throw new IllegalStateException("The listing was edited since it was approved; submit it for review");
        }
        this.status = ProductStatus.LIVE;
        this.updatedAt = now;
    }

    public boolean isOwnedBy(UUID seller) {
        return sellerId.equals(seller);
    }

    private void describe(ListingDetails details) {
        this.name = details.name();
        this.category = details.category();
        this.variety = details.variety();
        this.grade = details.grade();
        this.originCountry = details.originCountry();
        this.originRegion = details.originRegion();
        this.description = details.description();
        this.organic = details.organic();
        OrganicCertification certification = details.organicCertification();
        this.organicScheme = certification == null ? null : certification.scheme();
        this.organicCertificate = certification == null ? null : certification.certificateNumber();
        this.allergens.clear();
        this.allergens.addAll(details.allergens());
        this.ingredients = details.ingredients();
        this.storage = details.storage();
        this.packaging = details.packaging();
        this.shelfLifeDays = details.shelfLifeDays();
        Nutrition declared = details.nutrition() == null ? new Nutrition(null, null, null, null, null, null, null)
                : details.nutrition();
        this.energyKcal = declared.energyKcal();
        this.proteinG = declared.proteinG();
        this.fatG = declared.fatG();
        this.carbohydrateG = declared.carbohydrateG();
        this.sugarsG = declared.sugarsG();
        this.fibreG = declared.fibreG();
        this.sodiumMg = declared.sodiumMg();
        this.images.clear();
        this.images.addAll(details.images());
        this.packerName = details.packerName();
        this.packerAddress = details.packerAddress();
        this.consumerCare = details.consumerCare();
    }

    /** Pack sizes are matched by net quantity: a kept size keeps its SKU; a new one gets a new SKU. */
    private List<PriceUpdate> reconcileVariants(List<VariantSpec> specs) {
        Map<Integer, ProductVariant> existing = variants.stream()
                .collect(Collectors.toMap(ProductVariant::packGrams, Function.identity()));
        Set<Integer> wanted = specs.stream().map(VariantSpec::packGrams).collect(Collectors.toSet());
        variants.removeIf(variant -> !wanted.contains(variant.packGrams()));
        List<PriceUpdate> updates = new ArrayList<>();
        for (int position = 0; position < specs.size(); position++) {
            VariantSpec spec = specs.get(position);
            ProductVariant variant = existing.get(spec.packGrams());
            if (variant == null) {
                variant = new ProductVariant(this, skuFor(spec.packGrams()), spec, position);
                variants.add(variant);
                updates.add(new PriceUpdate(variant.sku(), null, spec.price()));
            } else {
                ProductVariant kept = variant;
                kept.moveTo(position);
                kept.reprice(spec).ifPresent(before -> updates.add(new PriceUpdate(kept.sku(), before, spec.price())));
            }
        }
        variants.sort(java.util.Comparator.comparingInt(ProductVariant::position));
        return updates;
    }

    /** Whether the pack sizes and their MRPs stay as they are (selling prices may differ). */
    private boolean sameContentOf(List<VariantSpec> specs) {
        if (specs.size() != variants.size()) {
            return false;
        }
        for (int i = 0; i < specs.size(); i++) {
            ProductVariant variant = variants.get(i);
            VariantSpec spec = specs.get(i);
            if (variant.packGrams() != spec.packGrams() || !java.util.Objects.equals(variant.mrp(), spec.mrp())) {
                return false;
            }
        }
        return true;
    }

    /** e.g. ALM-3F9QZK2A-250G: the category, this product, the pack size. */
    private String skuFor(int packGrams) {
        String productCode = new BigInteger(1, java.nio.ByteBuffer.allocate(8)
                .putLong(id.getMostSignificantBits()).array()).toString(36).toUpperCase(Locale.ROOT);
        productCode = (productCode + "00000000").substring(0, 8);
        return category.substring(0, Math.min(3, category.length())).toUpperCase(Locale.ROOT) + "-" + productCode
                + "-" + packGrams + "G";
    }

    private void require(ProductStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " a listing that is " + status);
        }
    }

    private static void requireText(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }

    public ListingDetails details() {
        Nutrition nutrition = new Nutrition(energyKcal, proteinG, fatG, carbohydrateG, sugarsG, fibreG, sodiumMg);
        return new ListingDetails(name, category, variety, grade, originCountry, originRegion, description, organic,
                organicScheme == null ? null : new OrganicCertification(organicScheme, organicCertificate), allergens,
                ingredients, storage, packaging, shelfLifeDays, nutrition.isEmpty() ? null : nutrition, images,
                packerName, packerAddress, consumerCare);
    }

    public UUID id() {
        return id;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public ProductStatus status() {
        return status;
    }

    public List<ProductVariant> variants() {
        return List.copyOf(variants);
    }

    public Optional<ProductVariant> variant(String sku) {
        return variants.stream().filter(variant -> variant.sku().equals(sku)).findFirst();
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** A price a variant was given: its first, or a change ({@code before} is then the old one). */
    public record PriceUpdate(String sku, Money before, Money after) {
    }
}
