package dev.dryfruits.quality.verification.control;

/** A renewed FSSAI licence (the request body of PUT /api/sellers/me/verification/licence). */
public record LicenceRenewal(String fssaiLicenseNumber, String fssaiLicenseExpiry) {
}
