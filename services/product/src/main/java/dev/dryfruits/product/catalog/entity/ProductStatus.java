package dev.dryfruits.product.catalog.entity;

/**
 * DRAFT until the seller submits; PENDING_REVIEW until an administrator approves (LIVE) or rejects (REJECTED, to be
 * fixed and submitted again). A LIVE listing can be PAUSED by its seller and resumed, or edited and submitted again.
 */
public enum ProductStatus {
    DRAFT, PENDING_REVIEW, LIVE, REJECTED, PAUSED
}
