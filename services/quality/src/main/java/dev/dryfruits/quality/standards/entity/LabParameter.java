package dev.dryfruits.quality.standards.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a lab measures, named as in the API. */
public enum LabParameter {
    MOISTURE("moisturePct", "%"),
    AFLATOXIN_B1("aflatoxinB1", "µg/kg"),
    AFLATOXIN_TOTAL("aflatoxinTotal", "µg/kg"),
    OCHRATOXIN_A("ochratoxinA", "µg/kg"),
    SULPHUR_DIOXIDE("so2", "mg/kg");

    private final String apiName;
    private final String unit;

    LabParameter(String apiName, String unit) {
        this.apiName = apiName;
        this.unit = unit;
    }

    public String apiName() {
        return apiName;
    }

    public String unit() {
        return unit;
    }

    public static Optional<LabParameter> byApiName(String name) {
        return Arrays.stream(values()).filter(parameter -> parameter.apiName.equals(name)).findFirst();
    }
}
