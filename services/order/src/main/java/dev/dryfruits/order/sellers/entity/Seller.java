package dev.dryfruits.order.sellers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A seller as the quality service approved it: its legal name, GSTIN and PAN (tax is charged and withheld by
 * them) and its business address, where parcels are picked up. Its GST state is the GSTIN's first two digits.
 */
@Entity
@Table(name = "seller")
public class Seller {

    @Id
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(nullable = false)
    private String gstin;

    @Column
    private String pan;

    @Embedded
    private BusinessAddress address;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Seller() {
        // for JPA
    }

    public Seller(UUID id, String legalName, String gstin, String pan, BusinessAddress address, Instant now) {
        this.id = id;
        approve(legalName, gstin, pan, address, now);
    }

    public void approve(String newLegalName, String newGstin, String newPan, BusinessAddress newAddress, Instant now) {
        this.legalName = newLegalName;
        this.gstin = newGstin;
        this.pan = newPan;
        this.address = newAddress;
        this.verified = true;
        this.updatedAt = now;
    }

    public void stop(Instant now) {
        this.verified = false;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String gstin() {
        return gstin;
    }

    public String pan() {
        return pan;
    }

    public BusinessAddress address() {
        return address;
    }

    public boolean isVerified() {
        return verified;
    }

    /** The GST state code it is registered in (and charges tax from). */
    public String stateCode() {
        return gstin.substring(0, 2);
    }
}
