package dev.dryfruits.quality.verification.control;

/**
 * A seller's business details as submitted (the request body of POST /api/sellers/me/verification), not yet checked:
 * {@link BusinessDetailsCheck} turns it into {@code BusinessDetails} or names every field that is wrong.
 */
public record VerificationSubmission(String legalName, String gstin, String pan, String fssaiLicenseNumber,
                                     String fssaiLicenseExpiry, AddressSubmission address) {

    public record AddressSubmission(String line1, String line2, String city, String state, String postalCode,
                                    String country) {
    }
}
