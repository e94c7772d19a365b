package dev.dryfruits.kit.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes {@link UUID} attributes to the JDBC driver as they are (PostgreSQL uuid columns), null included:
 * EclipseLink 4's built-in UUID conversion fails with a NullPointerException on a null column, such as "decided by"
 * before anyone decided. Services with nullable uuid columns list this class in their persistence.xml.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null || column instanceof UUID) {
            return (UUID) column;
        }
        return UUID.fromString(column.toString());
    }
}
