package dev.dryfruits.quality.verification.entity;

/**
 * PENDING after a submission; VERIFIED or REJECTED by an administrator; SUSPENDED by an administrator or when the
 * FSSAI licence expires. Only VERIFIED sellers sell.
 */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED, SUSPENDED
}
