package dev.dryfruits.quality.standards.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a parameter by its API name (aflatoxinTotal), the name the limits are written in. */
@Converter
public class LabParameterConverter implements AttributeConverter<LabParameter, String> {

    @Override
    public String convertToDatabaseColumn(LabParameter parameter) {
        return parameter == null ? null : parameter.apiName();
    }

    @Override
    public LabParameter convertToEntityAttribute(String name) {
        return name == null ? null : LabParameter.byApiName(name)
                .orElseThrow(() -> new IllegalStateException("Unknown lab parameter " + name));
    }
}
