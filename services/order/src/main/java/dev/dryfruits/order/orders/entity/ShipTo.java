package dev.dryfruits.order.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Where the order goes, as the customer's address read when it was placed (a later edit does not move it). */
@Embeddable
public class ShipTo {

    @Column(name = "address_id", nullable = false)
    private UUID addressId;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(name = "phone")
    private String phone;

    @Column(name = "line1", nullable = false)
    private String line1;

    @Column(name = "line2")
    private String line2;

    @Column(name = "landmark")
    private String landmark;

    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "state", nullable = false)
    private String state;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(name = "country", nullable = false)
    private String country;

    protected ShipTo() {
        // for JPA
    }

    public ShipTo(UUID addressId, String recipientName, String phone, String line1, String line2, String landmark,
                  String city, String state, String postalCode, String country) {
        this.addressId = addressId;
        this.recipientName = recipientName;
        this.phone = phone;
        this.line1 = line1;
        this.line2 = line2;
        this.landmark = landmark;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
        this.country = country;
    }

    public UUID addressId() {
        return addressId;
    }

    public String recipientName() {
        return recipientName;
    }

    public String phone() {
        return phone;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String landmark() {
        return landmark;
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

    public String country() {
        return country;
    }
}
