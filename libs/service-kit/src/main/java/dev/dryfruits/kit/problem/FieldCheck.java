package dev.dryfruits.kit.problem;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
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
        return optionalText(field, value, 1, max);
    }

    /** Like {@link #text} when given, {@code min} to {@code max} characters; null when absent or blank. */
    public String optionalText(String field, String value, int min, int max) {
        return value == null || value.isBlank() ? null : text(field, value, min, max);
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

    /**
     * An amount as clients write it ({"amount": "349.00", "currency": "INR"}) in the one currency the marketplace
     * uses, not negative; null when absent (and then a violation if required) or invalid.
     */
    public Money money(String field, MoneyView value, Currency currency, boolean required) {
        if (value == null) {
            if (required) {
                violation(field, "is required, e.g. {\"amount\": \"349.00\", \"currency\": \""
                        + currency.getCurrencyCode() + "\"}");
            }
            return null;
        }
        if (value.amount() == null || value.currency() == null) {
            violation(field, "needs both an amount and a currency, e.g. {\"amount\": \"349.00\", \"currency\": \""
                    + currency.getCurrencyCode() + "\"}");
            return null;
        }
        if (!currency.getCurrencyCode().equals(value.currency().strip())) {
            violation(field + ".currency", "must be " + currency.getCurrencyCode()
                    + ": the marketplace prices everything in it");
            return null;
        }
        try {
            Money money = Money.of(new BigDecimal(value.amount().strip()), currency);
            if (money.minorUnits() < 0) {
                violation(field + ".amount", "must not be negative");
                return null;
            }
            return money;
        } catch (NumberFormatException malformed) {
            violation(field + ".amount", "must be a decimal amount as a string, e.g. \"349.00\"");
        } catch (ArithmeticException tooPrecise) {
            violation(field + ".amount", "has more decimals than " + currency.getCurrencyCode() + " has ("
                    + currency.getDefaultFractionDigits() + ")");
        }
        return null;
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
