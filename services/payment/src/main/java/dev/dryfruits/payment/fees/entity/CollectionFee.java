package dev.dryfruits.payment.fees.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The payment collection fee of a method, in basis points of what the customer pays for the seller's shipment. */
@Embeddable
public class CollectionFee {

    @Column(nullable = false)
    private String method;

    @Column(name = "collection_bp", nullable = false)
    private int collectionBp;

    protected CollectionFee() {
        // for JPA
    }

    public CollectionFee(String method, int collectionBp) {
        this.method = method;
        this.collectionBp = collectionBp;
    }

    public String method() {
        return method;
    }

    public int collectionBp() {
        return collectionBp;
    }
}
