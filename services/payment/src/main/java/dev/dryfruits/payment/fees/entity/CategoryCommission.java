package dev.dryfruits.payment.fees.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The commission on a category's sales, in basis points of the line's price (GST included). */
@Embeddable
public class CategoryCommission {

    @Column(nullable = false)
    private String category;

    @Column(name = "commission_bp", nullable = false)
    private int commissionBp;

    protected CategoryCommission() {
        // for JPA
    }

    public CategoryCommission(String category, int commissionBp) {
        this.category = category;
        this.commissionBp = commissionBp;
    }

    public String category() {
        return category;
    }

    public int commissionBp() {
        return commissionBp;
    }
}
