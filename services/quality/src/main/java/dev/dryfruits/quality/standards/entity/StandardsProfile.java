package dev.dryfruits.quality.standards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named set of limits (FSSAI, EU, CODEX...), the one in force chosen by configuration. */
@Entity
@Table(name = "standards_profile")
public class StandardsProfile {

    @Id
    private String name;

    @Column(nullable = false)
    private String title;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected StandardsProfile() {
        // for JPA
    }

    public StandardsProfile(String name, String title, UUID updatedBy, Instant now) {
        this.name = name;
        this.title = title;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    public void retitle(String newTitle, UUID by, Instant now) {
        this.title = newTitle;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID updatedBy() {
        return updatedBy;
    }
}
