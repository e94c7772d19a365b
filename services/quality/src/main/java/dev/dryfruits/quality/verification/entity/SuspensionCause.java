package dev.dryfruits.quality.verification.entity;

/** Why a seller is suspended: an administrator's decision, or a lapsed licence (lifted by renewing it). */
public enum SuspensionCause {
    ADMINISTRATOR, LICENCE_EXPIRED
}
