package dev.dryfruits.notification.recipients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Someone the platform may write to, as the user service last described them. */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String phone;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Recipient() {
        // for JPA
    }

    public Recipient(UUID userId, String email, String fullName, String phone, String role, Instant now) {
        this.userId = userId;
        this.active = true;
        describe(email, fullName, phone, role, now);
    }

    public final void describe(String newEmail, String newFullName, String newPhone, String newRole, Instant now) {
        this.email = newEmail;
        this.fullName = newFullName;
        this.phone = newPhone;
        this.role = newRole;
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

    public String phone() {
        return phone;
    }

    public String role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    /** What templates may say about the recipient. */
    public Map<String, Object> templateModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fullName", fullName);
        model.put("email", email);
        model.put("phone", phone);
        model.put("role", role);
        return model;
    }
}
