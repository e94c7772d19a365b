package dev.dryfruits.quality.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A seller's business identity and where its review stands. The rules of the review live here. */
@Entity
@Table(name = "seller_verification")
public class SellerVerification {

    /** FSSAI licences are Indian; their dates are days in India. */
    public static final ZoneId LICENCE_ZONE = ZoneId.of("Asia/Kolkata");

    @Id
    @Column(name = "seller_id")
    private UUID sellerId;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(nullable = false)
    private String gstin;

    @Column(nullable = false)
    private String pan;

    @Column(name = "fssai_number", nullable = false)
    private String fssaiNumber;

    @Column(name = "fssai_expiry", nullable = false)
    private LocalDate fssaiExpiry;

    // Columns rather than an embedded record: records become embeddables only with Jakarta Persistence 3.2.
    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "address_city", nullable = false)
    private String addressCity;

    @Column(name = "address_state", nullable = false)
    private String addressState;

    @Column(name = "address_postal", nullable = false)
    private String addressPostalCode;

    @Column(name = "address_country", nullable = false)
    private String addressCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_cause")
    private SuspensionCause suspensionCause;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SellerVerification() {
        // for JPA
    }

    public SellerVerification(UUID sellerId, BusinessDetails details, Instant now) {
        this.sellerId = sellerId;
        submit(details, now);
    }

    /** A first submission, or a corrected one after a rejection: back in the queue for review. */
    public final void submit(BusinessDetails details, Instant now) {
        if (status != null && status != VerificationStatus.REJECTED && status != VerificationStatus.PENDING) {
            throw new IllegalStateException("A " + status + " seller cannot resubmit; renew the licence instead");
        }
        describe(details);
        this.status = VerificationStatus.PENDING;
        this.rejectionReason = null;
        this.submittedAt = now;
        this.decidedAt = null;
        this.decidedBy = null;
        this.updatedAt = now;
    }

    public void approve(UUID administrator, Instant now) {
        require(VerificationStatus.PENDING, "approve");
        decide(VerificationStatus.VERIFIED, administrator, now);
    }

    public void reject(String reason, UUID administrator, Instant now) {
        require(VerificationStatus.PENDING, "reject");
        this.rejectionReason = reason;
        decide(VerificationStatus.REJECTED, administrator, now);
    }

    public void suspend(String reason, SuspensionCause cause, UUID administrator, Instant now) {
        require(VerificationStatus.VERIFIED, "suspend");
        this.suspensionReason = reason;
        this.suspensionCause = cause;
        decide(VerificationStatus.SUSPENDED, administrator, now);
    }

    public void reinstate(UUID administrator, Instant now) {
        require(VerificationStatus.SUSPENDED, "reinstate");
        if (!licenceValidOn(now)) {
            throw new IllegalStateException("The FSSAI licence has expired; the seller must renew it first");
        }
        this.suspensionReason = null;
        this.suspensionCause = null;
        decide(VerificationStatus.VERIFIED, administrator, now);
    }

    /**
     * A renewed licence. A seller suspended only because the old one lapsed is verified again at once; otherwise
     * the new dates are simply recorded.
     *
     * @return whether this reinstated the seller
     */
    public boolean renewLicence(String number, LocalDate expiry, Instant now) {
        this.fssaiNumber = number;
        this.fssaiExpiry = expiry;
        this.updatedAt = now;
        if (status == VerificationStatus.SUSPENDED && suspensionCause == SuspensionCause.LICENCE_EXPIRED
                && licenceValidOn(now)) {
            this.suspensionReason = null;
            this.suspensionCause = null;
            this.status = VerificationStatus.VERIFIED;
            return true;
        }
        return false;
    }

    /** A licence is valid through its expiry date, in India's time zone where it was issued. */
    public boolean licenceValidOn(Instant now) {
        return !fssaiExpiry.isBefore(LocalDate.ofInstant(now, LICENCE_ZONE));
    }

    private void describe(BusinessDetails details) {
        this.legalName = details.legalName();
        this.gstin = details.gstin();
        this.pan = details.pan();
        this.fssaiNumber = details.fssaiNumber();
        this.fssaiExpiry = details.fssaiExpiry();
        BusinessAddress address = details.address();
        this.addressLine1 = address.line1();
        this.addressLine2 = address.line2();
        this.addressCity = address.city();
        this.addressState = address.state();
        this.addressPostalCode = address.postalCode();
        this.addressCountry = address.country();
    }

    private void decide(VerificationStatus outcome, UUID administrator, Instant now) {
        this.status = outcome;
        this.decidedBy = administrator;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    private void require(VerificationStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " a seller who is " + status);
        }
    }

    public UUID sellerId() {
        return sellerId;
    }

    public BusinessDetails details() {
        return new BusinessDetails(legalName, gstin, pan, fssaiNumber, fssaiExpiry, new BusinessAddress(addressLine1,
                addressLine2, addressCity, addressState, addressPostalCode, addressCountry));
    }

    public VerificationStatus status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public SuspensionCause suspensionCause() {
        return suspensionCause;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
