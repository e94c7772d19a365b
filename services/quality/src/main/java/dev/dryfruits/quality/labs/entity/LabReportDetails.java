package dev.dryfruits.quality.labs.entity;

import dev.dryfruits.quality.standards.entity.IntendedUse;
import java.time.LocalDate;

/** A lab report as submitted, checked. */
public record LabReportDetails(String laboratory, String reportNumber, LocalDate sampledOn, IntendedUse use,
                               LabResults results) {
}
