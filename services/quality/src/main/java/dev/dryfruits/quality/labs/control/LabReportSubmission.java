package dev.dryfruits.quality.labs.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.labs.entity.LabReportDetails;
import dev.dryfruits.quality.labs.entity.LabResults;
import dev.dryfruits.quality.standards.entity.IntendedUse;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lab report as submitted (POST /api/quality/lots/{lotId}/lab-reports), not yet checked. Results are decimal
 * strings ("4.2"); moisture and both aflatoxin figures are always required, the others where the standards limit
 * them for the lot's category.
 */
public record LabReportSubmission(String laboratory, String reportNumber, String sampledOn, String use,
                                  Results results) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HIGHEST = new BigDecimal("1000000");

    public record Results(String moisturePct, String aflatoxinB1, String aflatoxinTotal, String ochratoxinA,
                          String so2) {
    }

    LabReportDetails validated(LocalDate today) {
        FieldCheck check = new FieldCheck();
        String lab = check.text("laboratory", laboratory, 2, 200);
        String number = check.text("reportNumber", reportNumber, 1, 100);
        LocalDate sampled = check.date("sampledOn", sampledOn);
        if (sampled != null && sampled.isAfter(today)) {
            check.violation("sampledOn", "must not be in the future");
        }
        IntendedUse intendedUse = IntendedUse.READY_TO_EAT;
        if (use != null && !use.isBlank()) {
            try {
                intendedUse = IntendedUse.valueOf(use.strip());
            } catch (IllegalArgumentException unknown) {
                check.violation("use", "must be READY_TO_EAT or FURTHER_PROCESSING");
            }
        }
        LabResults checked = null;
        if (results == null) {
            check.violation("results", "are required: moisturePct, aflatoxinB1, aflatoxinTotal and, where the"
                    + " standards limit them, ochratoxinA and so2");
        } else {
            BigDecimal moisture = required(check, "results.moisturePct", results.moisturePct(), HUNDRED);
            BigDecimal b1 = required(check, "results.aflatoxinB1", results.aflatoxinB1(), HIGHEST);
            BigDecimal total = required(check, "results.aflatoxinTotal", results.aflatoxinTotal(), HIGHEST);
            if (b1 != null && total != null && b1.compareTo(total) > 0) {
                check.violation("results.aflatoxinB1", "cannot exceed aflatoxinTotal, which includes it");
            }
            BigDecimal ochratoxin = check.optionalDecimal("results.ochratoxinA", results.ochratoxinA(),
                    BigDecimal.ZERO, HIGHEST);
            BigDecimal sulphite = check.optionalDecimal("results.so2", results.so2(), BigDecimal.ZERO, HIGHEST);
            checked = new LabResults(moisture, b1, total, ochratoxin, sulphite);
        }
        check.throwIfAny();
        return new LabReportDetails(lab, number, sampled, intendedUse, checked);
    }

    private static BigDecimal required(FieldCheck check, String field, String value, BigDecimal max) {
        if (value == null || value.isBlank()) {
            check.violation(field, "is required");
            return null;
        }
        return check.optionalDecimal(field, value, BigDecimal.ZERO, max);
    }

    static LabReportSubmission required(LabReportSubmission submission) {
        return ProblemException.requireBody(submission, "The lab report");
    }
}
