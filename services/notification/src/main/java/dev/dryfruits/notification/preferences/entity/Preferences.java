package dev.dryfruits.notification.preferences.entity;

import dev.dryfruits.notification.delivery.entity.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The channels a user allows for messages that are not transactional. Everyone starts with all of them. */
@Entity
@Table(name = "preference")
public class Preferences {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false)
    private boolean email;

    @Column(nullable = false)
    private boolean sms;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Preferences() {
        // for JPA
    }

    public Preferences(UUID userId, boolean email, boolean sms, Instant now) {
        this.userId = userId;
        change(email, sms, now);
    }

    public static Preferences defaultsFor(UUID userId) {
        return new Preferences(userId, true, true, Instant.EPOCH);
    }

    public final void change(boolean allowEmail, boolean allowSms, Instant now) {
        this.email = allowEmail;
        this.sms = allowSms;
        this.updatedAt = now;
    }

    public boolean allows(Channel channel) {
        return channel == Channel.EMAIL ? email : sms;
    }

    public UUID userId() {
        return userId;
    }

    public boolean email() {
        return email;
    }

    public boolean sms() {
        return sms;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
