package dev.dryfruits.order.sellers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A seller's verified business address: on its invoices, and where its parcels are picked up. */
@Embeddable
public class BusinessAddress {

    @Column(name = "address_line1")
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    @Column(name = "city")
    private String city;

    @Column(name = "state")
    private String state;

    @Column(name = "postal_code")
    private String postalCode;

    protected BusinessAddress() {
        // for JPA
    }

    public BusinessAddress(String line1, String line2, String city, String state, String postalCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public String postalCode() {
        return postalCode;
    }
}
