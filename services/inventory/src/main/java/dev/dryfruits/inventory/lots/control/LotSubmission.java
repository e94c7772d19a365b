package dev.dryfruits.inventory.lots.control;

import dev.dryfruits.inventory.lots.entity.LotDetails;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lot as a seller describes it (the body of POST /api/inventory/lots), not yet checked. Dates are ISO strings and
 * numbers nullable so that every wrong field can be named, not just the first the JSON binder trips on.
 */
public record LotSubmission(String sku, String lotNumber, Integer quantity, String originCountry, String originRegion,
                            Integer cropYear, String packedOn, String bestBefore, String warehouse) {

    static final int MAX_QUANTITY = 1_000_000;
    private static final Pattern LOT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The details, normalised, or a 400 naming each invalid field. */
    LotDetails validated(LocalDate today) {
        FieldCheck check = new FieldCheck();
        String checkedSku = check.text("sku", sku, 1, 40);
        String number = lotNumber == null ? null : lotNumber.strip();
        if (number == null || !LOT_NUMBER.matcher(number).matches()) {
            check.violation("lotNumber", number == null || number.isEmpty() ? "is required"
                    : "must be 1 to 40 letters, digits and . _ / - (as printed on the pack)");
        }
        int packs = check.integer("quantity", quantity, 1, MAX_QUANTITY);
        String country = originCountry == null ? "" : originCountry.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            check.violation("originCountry", country.isEmpty() ? "is required"
                    : "must be an ISO 3166 country code such as US or IN");
        }
        String region = check.optionalText("originRegion", originRegion, 100);
        int crop = check.integer("cropYear", cropYear, today.getYear() - 10, today.getYear());
        LocalDate packed = check.date("packedOn", packedOn);
        if (packed != null && packed.isAfter(today)) {
            check.violation("packedOn", "must not be in the future");
        }
        if (packed != null && cropYear != null && packed.getYear() < cropYear) {
            check.violation("packedOn", "is before the crop year " + cropYear);
        }
        LocalDate expiry = check.date("bestBefore", bestBefore);
        if (expiry != null && !expiry.isAfter(today)) {
            check.violation("bestBefore", "must be in the future: an expired lot cannot be received");
        } else if (expiry != null && packed != null && !expiry.isAfter(packed)) {
            check.violation("bestBefore", "must be after packedOn");
        }
        String place = check.optionalText("warehouse", warehouse, 100);
        check.throwIfAny();
        return new LotDetails(checkedSku, number, packs, country, region, crop, packed, expiry, place);
    }

    static LotSubmission required(LotSubmission submission) {
        return ProblemException.requireBody(submission, "The lot");
    }
}
