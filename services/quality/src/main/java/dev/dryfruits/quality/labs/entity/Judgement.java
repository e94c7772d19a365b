package dev.dryfruits.quality.labs.entity;

import dev.dryfruits.quality.standards.entity.LabParameter;
import java.math.BigDecimal;

/** One measured parameter held to its limit. A value equal to the limit passes: limits are maxima. */
public record Judgement(LabParameter parameter, BigDecimal value, BigDecimal limit, Outcome outcome, String source) {

    public static Judgement of(LabParameter parameter, BigDecimal value, BigDecimal limit, String source) {
        return new Judgement(parameter, value, limit, value.compareTo(limit) <= 0 ? Outcome.PASS : Outcome.FAIL,
                source);
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
