package dev.dryfruits.user.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person with an account: a customer, a seller or an administrator. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
public class UserAccount {

    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(EmailAddress email, String passwordHash, String fullName, Role role, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.phone = phone;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public void rename(String newFullName, Instant now) {
        this.fullName = newFullName;
        this.updatedAt = now;
    }

    public void changePhone(String newPhone, Instant now) {
        this.phone = newPhone;
        this.updatedAt = now;
    }

    public void changePasswordHash(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.updatedAt = now;
    }

    public void disable(String reason, Instant now) {
        this.status = AccountStatus.DISABLED;
        this.disabledReason = reason;
        this.updatedAt = now;
    }

    public void enable(Instant now) {
        this.status = AccountStatus.ACTIVE;
        this.disabledReason = null;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public EmailAddress email() {
        return EmailAddress.of(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String fullName() {
        return fullName;
    }

    public String phone() {
        return phone;
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    public String disabledReason() {
        return disabledReason;
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
