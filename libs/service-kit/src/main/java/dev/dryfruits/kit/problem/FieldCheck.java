package dev.dryfruits.kit.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request's fields one by one and collects what is wrong with each, so that one 400 names every invalid
 * field at once ({@link #throwIfAny()}). Each method answers the normalised value, or null when it is invalid or
 * (for optional fields) absent.
 */
public final class FieldCheck {

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** Stripped text of {@code min} to {@code max} characters. */
    public String text(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < min || stripped.length() > max) {
            violation(field, stripped.isEmpty() ? "is required" : "must be " + min + " to " + max + " characters");
            return null;
        }
        return stripped;
    }

    /** Like {@link #text} when given; null when absent or blank. */
    public String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, 1, max);
    }

    public int integer(String field, Integer value, int min, int max) {
        if (value == null) {
            violation(field, "is required");
            return min;
        }
        if (value < min || value > max) {
            violation(field, "must be from " + min + " to " + max);
        }
        return value;
    }

    /** An ISO date such as 2026-10-01. */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            violation(field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            violation(field, "must be a date like 2026-10-01");
            return null;
        }
    }

    /** A decimal number written as a string ("4.2"), from {@code min} to {@code max}; null when absent. */
    public BigDecimal optionalDecimal(String field, String value, BigDecimal min, BigDecimal max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                violation(field, "must be from " + min.toPlainString() + " to " + max.toPlainString());
                return null;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            violation(field, "must be a decimal number such as 4.2");
            return null;
        }
    }

    public void violation(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** 400 naming every invalid field, if there is one. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
    }
}
