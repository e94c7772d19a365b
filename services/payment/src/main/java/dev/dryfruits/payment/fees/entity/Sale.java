package dev.dryfruits.payment.fees.entity;

import dev.dryfruits.kit.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One seller's part of an order, as the fees and withholdings are charged on it: the day it was placed, how it was
 * paid, where the seller is registered and where the goods go (the place of supply), whether the seller has a PAN,
 * its lines, and what the customer paid for shipping and cash on delivery.
 */
public record Sale(LocalDate day, String paymentMethod, String sellerStateCode, String placeOfSupplyCode,
                   boolean sellerHasPan, List<Line> lines, Money shipping, Money codFee) {

    public Sale {
        lines = List.copyOf(lines);
    }

    /** A line: its category, packs, the price of one (GST included), the line's total and its taxable value. */
    public record Line(String category, int quantity, Money unitPrice, Money lineTotal, Money taxableValue) {
    }

    public Money goods() {
        return lines.stream().map(Line::lineTotal).reduce(Money::plus).orElseThrow();
    }

    public Money taxableValue() {
        return lines.stream().map(Line::taxableValue).reduce(Money::plus).orElseThrow();
    }

    /** What the customer paid for this shipment: goods, shipping and the COD charge. */
    public Money paid() {
        return goods().plus(shipping).plus(codFee);
    }
}
