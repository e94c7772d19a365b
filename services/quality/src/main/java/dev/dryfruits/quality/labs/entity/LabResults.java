package dev.dryfruits.quality.labs.entity;

import dev.dryfruits.quality.standards.entity.LabParameter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What a lab measured; a parameter it did not measure is absent. */
public record LabResults(BigDecimal moisturePct, BigDecimal aflatoxinB1, BigDecimal aflatoxinTotal,
                         BigDecimal ochratoxinA, BigDecimal so2) {

    public Optional<BigDecimal> of(LabParameter parameter) {
        return Optional.ofNullable(switch (parameter) {
            case MOISTURE -> moisturePct;
            case AFLATOXIN_B1 -> aflatoxinB1;
            case AFLATOXIN_TOTAL -> aflatoxinTotal;
            case OCHRATOXIN_A -> ochratoxinA;
            case SULPHUR_DIOXIDE -> so2;
        });
    }

    /** A measured value or limit as the API writes it: a decimal string without trailing zeros ("18", "4.2"). */
    public static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public Map<LabParameter, BigDecimal> measured() {
        Map<LabParameter, BigDecimal> measured = new EnumMap<>(LabParameter.class);
        for (LabParameter parameter : LabParameter.values()) {
            of(parameter).ifPresent(value -> measured.put(parameter, value));
        }
        return measured;
    }
}
