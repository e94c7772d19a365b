package dev.dryfruits.order.tax.entity;

import dev.dryfruits.kit.money.Money;

/** One tax head on a line: CGST, SGST or IGST, its rate in basis points (250 = 2.5 %) and its amount. */
public record TaxLine(String name, int basisPoints, Money amount) {

    /** Its rate as a percentage for people: "2.5". */
    public String percent() {
        return GstRate.percent(basisPoints);
    }
}
