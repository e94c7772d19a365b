package dev.dryfruits.kit.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} attributes as SQL timestamps (timestamptz columns). JPA 3.1 does not list Instant as a basic
 * type, and EclipseLink 4 would otherwise serialise it into bytes. Each service lists this class in its
 * persistence.xml so that it applies to every entity.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
