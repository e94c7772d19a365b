package dev.dryfruits.order.tax.entity;

import dev.dryfruits.kit.money.Money;
import java.util.List;

/**
 * The GST a tax-inclusive amount contains. Consumer prices in India include every tax (the Legal Metrology rules
 * for packaged goods: the retail price is inclusive of all taxes), so a line's price is split, never added to:
 * taxable value + taxes = the price, to the paisa. Within the seller's state the tax is half CGST and half SGST,
 * each computed on the taxable value and rounded to the paisa; between states all of it is IGST (IGST Act s.7,
 * place of supply the delivery address, s.10(1)(a)).
 */
public record GoodsTax(Money gross, Money taxableValue, GstRate rate, List<TaxLine> taxes) {

    public static GoodsTax of(Money gross, GstRate rate, boolean withinState) {
        long paise = gross.minorUnits();
        long bp = rate.basisPoints();
        long taxable = divideHalfUp(paise * 10_000, 10_000 + bp);
        if (withinState) {
            long half = divideHalfUp(taxable * bp, 20_000);
            Money each = Money.ofMinor(half, gross.currency().getCurrencyCode());
            int halfRate = rate.basisPoints() / 2;
            return new GoodsTax(gross, Money.ofMinor(paise - 2 * half, gross.currency().getCurrencyCode()), rate,
                    List.of(new TaxLine("CGST", halfRate, each), new TaxLine("SGST", halfRate, each)));
        }
        long igst = paise - taxable;
        return new GoodsTax(gross, Money.ofMinor(taxable, gross.currency().getCurrencyCode()), rate,
                List.of(new TaxLine("IGST", rate.basisPoints(), Money.ofMinor(igst, gross.currency().getCurrencyCode()))));
    }

    public Money total() {
        return taxes.stream().map(TaxLine::amount).reduce(Money::plus)
                .orElse(Money.ofMinor(0, gross.currency().getCurrencyCode()));
    }

    private static long divideHalfUp(long dividend, long divisor) {
        return Math.floorDiv(Math.addExact(Math.multiplyExact(dividend, 2), divisor), Math.multiplyExact(divisor, 2));
    }
}
