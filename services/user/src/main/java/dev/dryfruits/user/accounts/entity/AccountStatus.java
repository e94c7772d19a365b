package dev.dryfruits.user.accounts.entity;

public enum AccountStatus {
    ACTIVE, DISABLED
}
