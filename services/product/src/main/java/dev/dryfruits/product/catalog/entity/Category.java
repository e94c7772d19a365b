package dev.dryfruits.product.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of dry fruit (almonds, cashews...), identified by its slug. The list is maintained by migrations. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    /** Its HSN heading (4 to 8 digits), by which the tax on its sales is charged. */
    @Column(nullable = false)
    private String hsn;

    protected Category() {
        // for JPA
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public String hsn() {
        return hsn;
    }
}
