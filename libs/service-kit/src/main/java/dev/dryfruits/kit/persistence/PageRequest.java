package dev.dryfruits.kit.persistence;

import dev.dryfruits.kit.problem.ProblemException;

/**
 * Which page a client asked for: page from 0, size from 1; a size over {@link #MAX_SIZE} is capped to it (the answer
 * says which size it used), so no client can ask for the whole table at once.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1) {
            throw ProblemException.invalidField("size", "must be at least 1");
        }
        size = Math.min(size, MAX_SIZE);
    }

    /** From raw query parameters, so that a malformed number is a 400 rather than JAX-RS's 404. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseInt("page", page, 0), parseInt("size", size, DEFAULT_SIZE));
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    private static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }
}
