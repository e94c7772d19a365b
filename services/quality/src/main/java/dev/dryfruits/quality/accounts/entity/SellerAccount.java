package dev.dryfruits.quality.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A seller's account as the user service last described it. */
@Entity
@Table(name = "seller_account")
public class SellerAccount {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SellerAccount() {
        // for JPA
    }

    public SellerAccount(UUID userId, String email, String fullName, Instant now) {
        this.userId = userId;
        this.active = true;
        describe(email, fullName, now);
    }

    public final void describe(String newEmail, String newFullName, Instant now) {
        this.email = newEmail;
        this.fullName = newFullName;
        this.updatedAt = now;
    }

    public void setActive(boolean isActive, Instant now) {
        this.active = isActive;
        this.updatedAt = now;
    }

    public UUID userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public boolean isActive() {
        return active;
    }
}
