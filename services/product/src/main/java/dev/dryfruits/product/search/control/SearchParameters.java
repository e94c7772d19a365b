package dev.dryfruits.product.search.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.product.search.entity.SearchCriteria;
import dev.dryfruits.product.search.entity.SortOrder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Turns the query string of GET /api/products into search criteria, or a 400 naming the parameter. */
public final class SearchParameters {

    static final int MAX_QUERY_LENGTH = 100;

    private SearchParameters() {
    }

    public static SearchCriteria criteria(String q, String category, String origin, String grade, String organic,
                                          String minPrice, String maxPrice, String inStock, String sort,
                                          Currency currency) {
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        Long min = price("minPrice", minPrice, currency);
        Long max = price("maxPrice", maxPrice, currency);
        if (min != null && max != null && min > max) {
            throw ProblemException.invalidField("maxPrice", "must not be below minPrice");
        }
        String categorySlug = blankToNull(category);
        String country = blankToNull(origin);
        return new SearchCriteria(text, categorySlug == null ? null : categorySlug.toLowerCase(Locale.ROOT),
                country == null ? null : country.toUpperCase(Locale.ROOT), blankToNull(grade), flag("organic", organic),
                min, max, flag("inStock", inStock), QueryParameters.enumValue("sort", sort, SortOrder.class));
    }

    private static Boolean flag(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }

    /** A decimal amount in the marketplace currency, as minor units. */
    private static Long price(String name, String value, Currency currency) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                throw ProblemException.invalidField(name, "must not be negative");
            }
            return Money.of(amount, currency).minorUnits();
        } catch (NumberFormatException | ArithmeticException malformed) {
            throw ProblemException.invalidField(name, "must be an amount in " + currency.getCurrencyCode()
                    + ", e.g. 500 or 499.50");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
