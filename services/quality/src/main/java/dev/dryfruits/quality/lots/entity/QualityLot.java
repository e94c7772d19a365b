package dev.dryfruits.quality.lots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A lot the inventory service received, as the quality service tracks it: whose, what, and its standing. */
@Entity
@Table(name = "lot")
public class QualityLot {

    @Id
    private UUID id;

    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    @Column(nullable = false)
    private String sku;

    @Column(name = "product_id")
    private UUID productId;

    @Column(nullable = false)
    private String category;

    @Column(name = "lot_number", nullable = false)
    private String lotNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LotStanding status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QualityLot() {
        // for JPA
    }

    public QualityLot(UUID id, UUID sellerId, String sku, UUID productId, String category, String lotNumber,
                      Instant now) {
        this.id = id;
        this.sellerId = sellerId;
        this.sku = sku;
        this.productId = productId;
        this.category = category;
        this.lotNumber = lotNumber;
        this.status = LotStanding.AWAITING_REPORT;
        this.receivedAt = now;
        this.updatedAt = now;
    }

    /**
     * The standing a new report leads to: a pass releases (a recall is final); a fail quarantines a lot that was
     * never released, and recalls one that was, since its packs may already be with customers.
     */
    public LotStanding judge(boolean passed, Instant now) {
        LotStanding next = switch (status) {
            case RECALLED -> LotStanding.RECALLED;
            case RELEASED -> passed ? LotStanding.RELEASED : LotStanding.RECALLED;
            case AWAITING_REPORT, QUARANTINED -> passed ? LotStanding.RELEASED : LotStanding.QUARANTINED;
        };
        status = next;
        updatedAt = now;
        return next;
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

    public String category() {
        return category;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public LotStanding status() {
        return status;
    }
}
