package dev.dryfruits.payment.fees.entity;

import dev.dryfruits.kit.money.Money;

/**
 * One head of a tax (CGST, SGST or IGST) on a base: its rate in basis points and the amount, rounded half up to the
 * paisa (tax paid to the government rounds to the rupee only when it is paid, CGST Act s.170).
 */
public record TaxHead(String name, int basisPoints, Money amount) {

    /** The heads of a tax at {@code basisPoints} on {@code base}: CGST + SGST halves within a state, else IGST. */
    public static java.util.List<TaxHead> split(Money base, int basisPoints, boolean withinState) {
        if (withinState) {
            int half = basisPoints / 2;
            return java.util.List.of(new TaxHead("CGST", half, base.share(half)),
                    new TaxHead("SGST", basisPoints - half, base.share(basisPoints - half)));
        }
        return java.util.List.of(new TaxHead("IGST", basisPoints, base.share(basisPoints)));
    }

    public static Money total(java.util.List<TaxHead> heads, Money zero) {
        return heads.stream().map(TaxHead::amount).reduce(zero, Money::plus);
    }
}
