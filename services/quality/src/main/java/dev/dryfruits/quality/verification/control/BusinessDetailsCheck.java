package dev.dryfruits.quality.verification.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.verification.control.VerificationSubmission.AddressSubmission;
import dev.dryfruits.quality.verification.entity.BusinessAddress;
import dev.dryfruits.quality.verification.entity.BusinessDetails;
import dev.dryfruits.quality.verification.entity.TaxIdentifiers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks submitted business details all at once, so the seller hears about every wrong field in one answer
 * (400, each field named) rather than one per attempt. Identifiers are compared in upper case without spaces, the
 * way sellers copy them from certificates.
 */
final class BusinessDetailsCheck {

    private static final Pattern INDIAN_PIN = Pattern.compile("[1-9][0-9]{5}");

    private final FieldCheck fields = new FieldCheck();

    private BusinessDetailsCheck() {
    }

    /** The details, normalised; or a 400 naming each invalid field. */
    static BusinessDetails validated(VerificationSubmission submission, LocalDate today) {
        if (submission == null) {
            throw ProblemException.badRequest("missing-body", "The business details are required");
        }
        BusinessDetailsCheck check = new BusinessDetailsCheck();
        String legalName = check.text("legalName", submission.legalName(), 2, 200);
        String gstin = check.identifier("gstin", submission.gstin(), TaxIdentifiers::gstinProblem);
        String pan = check.identifier("pan", submission.pan(), TaxIdentifiers::panProblem);
        if (gstin != null && pan != null && !TaxIdentifiers.panOf(gstin).equals(pan)) {
            check.violation("pan", "does not match the PAN inside the GSTIN (" + TaxIdentifiers.panOf(gstin) + ")");
        }
        String fssai = check.identifier("fssaiLicenseNumber", submission.fssaiLicenseNumber(),
                TaxIdentifiers::fssaiProblem);
        LocalDate expiry = check.futureDate("fssaiLicenseExpiry", submission.fssaiLicenseExpiry(), today);
        BusinessAddress address = check.address(submission.address());
        check.throwIfAny();
        return new BusinessDetails(legalName, gstin, pan, fssai, expiry, address);
    }

    /** A renewed licence: a valid number and an expiry in the future. */
    static void checkRenewal(LicenceRenewal renewal, LocalDate today) {
        if (renewal == null) {
            throw ProblemException.badRequest("missing-body", "The renewed licence is required");
        }
        BusinessDetailsCheck check = new BusinessDetailsCheck();
        check.identifier("fssaiLicenseNumber", renewal.fssaiLicenseNumber(), TaxIdentifiers::fssaiProblem);
        check.futureDate("fssaiLicenseExpiry", renewal.fssaiLicenseExpiry(), today);
        check.throwIfAny();
    }

    static String normalisedIdentifier(String value) {
        return value == null ? null : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private BusinessAddress address(AddressSubmission address) {
        if (address == null) {
            violation("address", "is required");
            return null;
        }
        String line1 = text("address.line1", address.line1(), 1, 200);
        String line2 = address.line2() == null || address.line2().isBlank() ? null
                : text("address.line2", address.line2(), 1, 200);
        String city = text("address.city", address.city(), 1, 100);
        String state = text("address.state", address.state(), 1, 100);
        String country = normalisedIdentifier(address.country());
        if (!"IN".equals(country)) {
            violation("address.country", "must be IN: sellers are registered for GST in India");
        }
        String postalCode = address.postalCode() == null ? null : address.postalCode().strip();
        if (postalCode == null || !INDIAN_PIN.matcher(postalCode).matches()) {
            violation("address.postalCode", "must be a 6-digit PIN code, e.g. 190001");
        }
        return new BusinessAddress(line1, line2, city, state, postalCode, country);
    }

    private String text(String field, String value, int min, int max) {
        return fields.text(field, value, min, max);
    }

    private String identifier(String field, String value, java.util.function.Function<String, Optional<String>> rule) {
        String normalised = normalisedIdentifier(value);
        if (normalised == null || normalised.isEmpty()) {
            violation(field, "is required");
            return null;
        }
        Optional<String> problem = rule.apply(normalised);
        problem.ifPresent(message -> violation(field, message));
        return problem.isPresent() ? null : normalised;
    }

    private LocalDate futureDate(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            violation(field, "is required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!date.isAfter(today)) {
                violation(field, "must be in the future: the licence has expired");
                return null;
            }
            return date;
        } catch (DateTimeParseException malformed) {
            violation(field, "must be a date like 2028-03-31");
            return null;
        }
    }

    private void violation(String field, String message) {
        fields.violation(field, message);
    }

    private void throwIfAny() {
        fields.throwIfAny();
    }
}
