package dev.dryfruits.inventory.lots.entity;

import dev.dryfruits.kit.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Packs of one SKU from one harvest and packing, as a seller received them. {@code onHand} packs are in the
 * warehouse, {@code reserved} of them held for orders; the rest are free to sell while the lot is released and
 * within its shelf life. Quantities change only while the caller holds the SKU's lock.
 */
@Entity
@Table(name = "lot")
public class Lot {

    @Id
    private UUID id;

    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    @Column(nullable = false)
    private String sku;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(name = "lot_number", nullable = false)
    private String lotNumber;

    @Column(nullable = false)
    private int received;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LotStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "origin_country", nullable = false)
    private String originCountry;

    @Column(name = "origin_region")
    private String originRegion;

    @Column(name = "crop_year", nullable = false)
    private int cropYear;

    @Column(name = "packed_on", nullable = false)
    private LocalDate packedOn;

    @Column(name = "best_before", nullable = false)
    private LocalDate bestBefore;

    private String warehouse;

    @Column(name = "near_expiry_reported", nullable = false)
    private boolean nearExpiryReported;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Lot() {
        // for JPA
    }

    private Lot(UUID sellerId, UUID productId, LotDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.sellerId = sellerId;
        this.productId = productId;
        this.sku = details.sku();
        this.lotNumber = details.lotNumber();
        this.received = details.quantity();
        this.onHand = details.quantity();
        this.status = LotStatus.QUARANTINED;
        this.statusReason = "Awaiting a passing lab report";
        this.originCountry = details.originCountry();
        this.originRegion = details.originRegion();
        this.cropYear = details.cropYear();
        this.packedOn = details.packedOn();
        this.bestBefore = details.bestBefore();
        this.warehouse = details.warehouse();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new lot, quarantined until the quality service releases it; its first history entry is the receipt. */
    public static Receipt receive(UUID sellerId, UUID productId, LotDetails details, UUID actorId, Instant now) {
        Lot lot = new Lot(sellerId, productId, details, now);
        return new Receipt(lot, new LotMovement(lot, MovementKind.RECEIVED, details.quantity(), null, actorId, now));
    }

    public record Receipt(Lot lot, LotMovement movement) {
    }

    /** Packs that may be promised to an order today. */
    public int sellable(LocalDate today, ShelfLifeRule rule) {
        return isSellableOn(today, rule) ? onHand - reserved : 0;
    }

    public boolean isSellableOn(LocalDate today, ShelfLifeRule rule) {
        return status == LotStatus.RELEASED && !today.isAfter(lastSellableDay(rule));
    }

    public LocalDate lastSellableDay(ShelfLifeRule rule) {
        return rule.lastSellableDay(packedOn, bestBefore);
    }

    public boolean isPastBestBefore(LocalDate today) {
        return today.isAfter(bestBefore);
    }

    public void reserve(int quantity) {
        if (quantity <= 0 || quantity > onHand - reserved) {
            throw new IllegalStateException("Lot " + id + " cannot reserve " + quantity + " of " + (onHand - reserved));
        }
        reserved += quantity;
    }

    public void unreserve(int quantity) {
        reserved = Math.max(0, reserved - quantity);
    }

    /** Reserved packs leave the warehouse for an order. */
    public LotMovement ship(int quantity, UUID orderId, Instant now) {
        if (quantity > reserved) {
            throw new IllegalStateException("Lot " + id + " ships " + quantity + " but holds only " + reserved);
        }
        reserved -= quantity;
        onHand -= quantity;
        updatedAt = now;
        return new LotMovement(this, MovementKind.SHIPPED, -quantity, "Order " + orderId, null, now);
    }

    /** Packs taken for an order that was cancelled before they were dispatched come back to this lot. */
    public LotMovement restock(int quantity, UUID orderId, Instant now) {
        onHand += quantity;
        updatedAt = now;
        return new LotMovement(this, MovementKind.RETURNED, quantity, "Order " + orderId + " cancelled before dispatch",
                null, now);
    }

    /** A counted correction: damage, loss, a recount. Packs held for orders cannot be adjusted away. */
    public LotMovement adjust(int delta, String reason, UUID actorId, Instant now) {
        if (delta == 0) {
            throw ProblemException.invalidField("delta", "must not be 0");
        }
        long after = (long) onHand + delta;
        if (after < reserved) {
            throw ProblemException.conflict("adjustment-exceeds-stock", "Lot " + lotNumber + " has " + onHand
                    + " packs on hand, " + reserved + " of them reserved for orders: it cannot lose " + -delta);
        }
        if (after > Integer.MAX_VALUE / 2) {
            throw ProblemException.invalidField("delta", "is too large");
        }
        onHand = (int) after;
        updatedAt = now;
        return new LotMovement(this, MovementKind.ADJUSTED, delta, reason, actorId, now);
    }

    /** Passed its lab tests: on sale. A recalled or expired lot stays blocked. */
    public Optional<LotMovement> release(String reason, Instant now) {
        if (status != LotStatus.QUARANTINED) {
            return Optional.empty();
        }
        return Optional.of(changeStatus(LotStatus.RELEASED, MovementKind.RELEASED, reason, now));
    }

    /** Failed its lab tests before release: held. */
    public Optional<LotMovement> quarantine(String reason, Instant now) {
        if (status != LotStatus.QUARANTINED && status != LotStatus.RELEASED) {
            return Optional.empty();
        }
        return Optional.of(changeStatus(LotStatus.QUARANTINED, MovementKind.QUARANTINED, reason, now));
    }

    /** Failed a lab test after release: blocked for good. */
    public Optional<LotMovement> recall(String reason, Instant now) {
        if (status == LotStatus.RECALLED) {
            return Optional.empty();
        }
        return Optional.of(changeStatus(LotStatus.RECALLED, MovementKind.RECALLED, reason, now));
    }

    public Optional<LotMovement> expire(Instant now) {
        if (status == LotStatus.EXPIRED || status == LotStatus.RECALLED) {
            return Optional.empty();
        }
        return Optional.of(changeStatus(LotStatus.EXPIRED, MovementKind.EXPIRED, "Past its best-before date "
                + bestBefore, now));
    }

    public void nearExpiryReported() {
        this.nearExpiryReported = true;
    }

    private LotMovement changeStatus(LotStatus newStatus, MovementKind kind, String reason, Instant now) {
        status = newStatus;
        statusReason = reason;
        updatedAt = now;
        return new LotMovement(this, kind, 0, reason, null, now);
    }

    public boolean ownedBy(UUID seller) {
        return sellerId.equals(seller);
    }

    public UUID id() {
        return id;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public String sku() {
        return sku;
    }

    public UUID productId() {
        return productId;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public int received() {
        return received;
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }

    public LotStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String originCountry() {
        return originCountry;
    }

    public String originRegion() {
        return originRegion;
    }

    public int cropYear() {
        return cropYear;
    }

    public LocalDate packedOn() {
        return packedOn;
    }

    public LocalDate bestBefore() {
        return bestBefore;
    }

    public String warehouse() {
        return warehouse;
    }

    public boolean isNearExpiryReported() {
        return nearExpiryReported;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
