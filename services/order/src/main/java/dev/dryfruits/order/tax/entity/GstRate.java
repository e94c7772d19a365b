package dev.dryfruits.order.tax.entity;

import java.time.LocalDate;

/** A GST rate in force for goods of an HSN prefix between two dates (inclusive; {@code to} null: still in force). */
public record GstRate(String hsnPrefix, LocalDate from, LocalDate to, int basisPoints, String source) {

    public boolean appliesTo(String hsn, LocalDate day) {
        return hsn.startsWith(hsnPrefix) && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** The rate as a percentage for people: "5", "12", "2.5". */
    public String percent() {
        return percent(basisPoints);
    }

    /** Basis points as a percentage for people: 250 is "2.5". */
    public static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
}
