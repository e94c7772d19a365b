package dev.dryfruits.user.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A delivery address of one user. */
@Entity
@Table(name = "address")
@NamedQuery(name = Address.OF_USER,
        query = "select a from Address a where a.userId = :userId order by a.isDefault desc, a.createdAt, a.id")
@NamedQuery(name = Address.COUNT_OF_USER, query = "select count(a) from Address a where a.userId = :userId")
@NamedQuery(name = Address.DEFAULT_OF_USER,
        query = "select a from Address a where a.userId = :userId and a.isDefault = true")
public class Address {

    public static final String OF_USER = "Address.ofUser";
    public static final String COUNT_OF_USER = "Address.countOfUser";
    public static final String DEFAULT_OF_USER = "Address.defaultOfUser";

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    private String label;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private String line1;

    private String line2;

    private String landmark;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String state;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String country;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Address() {
        // for JPA
    }

    public Address(UUID userId, AddressDetails details, boolean isDefault, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.isDefault = isDefault;
        this.createdAt = now;
        replaceDetails(details, now);
    }

    public final void replaceDetails(AddressDetails details, Instant now) {
        this.label = details.label();
        this.recipientName = details.recipientName();
        this.phone = details.phone();
        this.line1 = details.line1();
        this.line2 = details.line2();
        this.landmark = details.landmark();
        this.city = details.city();
        this.state = details.state();
        this.postalCode = details.postalCode();
        this.country = details.country();
        this.updatedAt = now;
    }

    public void makeDefault(Instant now) {
        this.isDefault = true;
        this.updatedAt = now;
    }

    public void clearDefault(Instant now) {
        this.isDefault = false;
        this.updatedAt = now;
    }

    public boolean belongsTo(UUID user) {
        return userId.equals(user);
    }

    public AddressDetails details() {
        return new AddressDetails(label, recipientName, phone, line1, line2, landmark, city, state, postalCode, country);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
