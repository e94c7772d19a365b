package dev.dryfruits.product.sellers.entity;

/** A seller's standing as the quality service decided it; only VERIFIED sellers' listings are visible. */
public enum SellerStatus {
    VERIFIED, REJECTED, SUSPENDED
}
