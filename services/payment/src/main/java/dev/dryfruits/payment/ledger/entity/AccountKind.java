package dev.dryfruits.payment.ledger.entity;

public enum AccountKind {
    ASSET, LIABILITY, REVENUE, EXPENSE
}
