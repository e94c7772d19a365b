package dev.dryfruits.quality.verification.entity;

import java.time.LocalDate;

/** What a seller declares about their business, already checked for form. */
public record BusinessDetails(String legalName, String gstin, String pan, String fssaiNumber, LocalDate fssaiExpiry,
                              BusinessAddress address) {
}
