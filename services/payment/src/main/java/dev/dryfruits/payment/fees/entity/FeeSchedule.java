package dev.dryfruits.payment.fees.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The platform's fees from a date until the next schedule's: commission by category (a default for the others), a
 * fixed closing fee per pack by price band, a collection fee by payment method, and who bears shipping. Schedules
 * are never changed: new fees are a new schedule from a later day, so a sale's fees always name the schedule that
 * set them, and no fee changes for a day that has begun.
 */
@Entity
@Table(name = "fee_schedule")
public class FeeSchedule {

    @Id
    private UUID id;

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "default_commission_bp", nullable = false)
    private int defaultCommissionBp;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_paid_by", nullable = false)
    private ShippingPayer shippingPaidBy;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_commission", joinColumns = @JoinColumn(name = "schedule_id"))
    private List<CategoryCommission> commissions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_closing_band", joinColumns = @JoinColumn(name = "schedule_id"))
    private List<ClosingFeeBand> closingBands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_collection", joinColumns = @JoinColumn(name = "schedule_id"))
    private List<CollectionFee> collectionFees = new ArrayList<>();

    protected FeeSchedule() {
        // for JPA
    }

    public FeeSchedule(LocalDate effectiveFrom, int defaultCommissionBp, ShippingPayer shippingPaidBy,
                       List<CategoryCommission> commissions, List<ClosingFeeBand> closingBands,
                       List<CollectionFee> collectionFees, String source, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.effectiveFrom = effectiveFrom;
        this.defaultCommissionBp = defaultCommissionBp;
        this.shippingPaidBy = shippingPaidBy;
        this.commissions = new ArrayList<>(commissions);
        this.closingBands = new ArrayList<>(closingBands);
        this.collectionFees = new ArrayList<>(collectionFees);
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int defaultCommissionBp() {
        return defaultCommissionBp;
    }

    public ShippingPayer shippingPaidBy() {
        return shippingPaidBy;
    }

    public String source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CategoryCommission> commissions() {
        return commissions.stream().sorted(Comparator.comparing(CategoryCommission::category)).toList();
    }

    /** Lowest band first, the open-ended one last. */
    public List<ClosingFeeBand> closingBands() {
        return closingBands.stream().sorted(Comparator.comparing(ClosingFeeBand::upToMinor,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<CollectionFee> collectionFees() {
        return collectionFees.stream().sorted(Comparator.comparing(CollectionFee::method)).toList();
    }

    /** The commission on a line of this category, in basis points. */
    public int commissionBp(String category) {
        return commissions.stream().filter(commission -> commission.category().equals(category))
                .mapToInt(CategoryCommission::commissionBp).findFirst().orElse(defaultCommissionBp);
    }

    /** The closing fee on one pack at this price. */
    public long closingFeeMinor(long unitPriceMinor) {
        return closingBands().stream().filter(band -> band.covers(unitPriceMinor)).mapToLong(ClosingFeeBand::feeMinor)
                .findFirst().orElse(0);
    }

    /** The collection fee of a payment method, in basis points (none for a method the schedule does not name). */
    public int collectionBp(String method) {
        return collectionFees.stream().filter(fee -> fee.method().equals(method))
                .mapToInt(CollectionFee::collectionBp).findFirst().orElse(0);
    }
}
