package dev.dryfruits.payment.fees.entity;

import java.time.LocalDate;

/** A tax's rate in basis points over a span of days (to inclusive; null: still in force), with its source. */
public record TaxRate(Kind kind, LocalDate from, LocalDate to, int basisPoints, String source) {

    public enum Kind {
        /** GST on the platform's fees to sellers. */
        GST_ON_FEES,
        /** Tax collected at source by the e-commerce operator (CGST Act s.52). */
        TCS,
        /** Tax deducted at source from the seller (Income-tax Act s.194-O). */
        TDS,
        /** The same, from a seller without a PAN. */
        TDS_WITHOUT_PAN
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
