package dev.dryfruits.kit.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an event's data contract, on the record a producer publishes and on the record a consumer reads
 * it into (absent: 1). Adding an optional field keeps the version; removing or changing one makes a new version,
 * and a consumer hands an event of a version its record does not declare to the dead letters at once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {

    int value();
}
