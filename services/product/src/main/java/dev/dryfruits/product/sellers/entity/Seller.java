package dev.dryfruits.product.sellers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A seller as the quality service's events last described them. */
@Entity
@Table(name = "seller")
public class Seller {

    @Id
    private UUID id;

    @Column(name = "legal_name")
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SellerStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Seller() {
        // for JPA
    }

    public Seller(UUID id, String legalName, SellerStatus status, Instant now) {
        this.id = id;
        this.legalName = legalName;
        this.status = status;
        this.updatedAt = now;
    }

    public void standing(SellerStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void rename(String newLegalName) {
        if (newLegalName != null) {
            this.legalName = newLegalName;
        }
    }

    public UUID id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public SellerStatus status() {
        return status;
    }

    public boolean mayList() {
        return status == SellerStatus.VERIFIED;
    }
}
