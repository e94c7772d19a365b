package dev.dryfruits.quality.standards.control;

import java.util.List;

/** A profile's limits as an administrator sends them (PUT /api/admin/quality/standards/{profile}), not yet checked. */
public record StandardsSubmission(String title, List<LimitSubmission> limits) {

    /** {@code max} is a decimal string ("15", "4.0") in the parameter's unit. */
    public record LimitSubmission(String category, String use, String parameter, String max, String source) {
    }
}
