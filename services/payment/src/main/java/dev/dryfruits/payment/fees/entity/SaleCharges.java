package dev.dryfruits.payment.fees.entity;

import dev.dryfruits.kit.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * What the platform keeps of a sale and withholds for the government, each figure with the rate that set it: the
 * fees of the schedule in force on the sale's day, 18 % GST on them, TCS (CGST Act s.52) on the taxable value, and TDS
 * (Income-tax Act s.194-O) on the gross amount without GST.
 */
public record SaleCharges(UUID scheduleId, Money commission, Money closingFee, Money collectionFee, int collectionBp,
                          List<TaxHead> gstOnFees, List<TaxHead> tcs, Money tds, int tdsBp) {

    public SaleCharges {
        gstOnFees = List.copyOf(gstOnFees);
        tcs = List.copyOf(tcs);
    }

    public Money fees() {
        return commission.plus(closingFee).plus(collectionFee);
    }

    public Money gstOnFeesTotal() {
        return TaxHead.total(gstOnFees, Money.ofMinor(0, commission.currency().getCurrencyCode()));
    }

    public Money tcsTotal() {
        return TaxHead.total(tcs, Money.ofMinor(0, commission.currency().getCurrencyCode()));
    }

    /** Everything taken from the seller's earnings. */
    public Money deductions() {
        return fees().plus(gstOnFeesTotal()).plus(tcsTotal()).plus(tds);
    }
}
