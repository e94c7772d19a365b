package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Query parameters read by hand, so that a malformed one is a 400 naming it, not JAX-RS's bare 404. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The constant of {@code type} named by the value (any case), or null when there is no value. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    /** An ISO date (2026-10-01), or null when there is no value. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw ProblemException.invalidField(name, "must be a date like 2026-10-01");
        }
    }
}
