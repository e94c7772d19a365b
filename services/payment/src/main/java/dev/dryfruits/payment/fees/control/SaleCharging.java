package dev.dryfruits.payment.fees.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
import dev.dryfruits.payment.fees.entity.Sale;
import dev.dryfruits.payment.fees.entity.SaleCharges;
import dev.dryfruits.payment.fees.entity.TaxHead;
import dev.dryfruits.payment.fees.entity.TaxRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the platform charges a seller on a sale, at the schedule and rates in force on the sale's day
 * (domain-commerce.md sections 1 and 2):
 * <ul>
 * <li>commission: each line's price (GST included) at its category's rate;</li>
 * <li>closing fee: per pack, by the pack's price band;</li>
 * <li>collection fee: what the customer paid for the shipment, at the payment method's rate;</li>
 * <li>GST on those fees, 18 %: CGST + SGST when the seller is registered in the platform's own state, IGST otherwise
 * (the place of supply of a service to a registered person is its location, IGST Act s.12(2)(a));</li>
 * <li>TCS on the taxable value of the goods: CGST + SGST halves when the supply is within the seller's state (the
 * seller's state is the place of supply), IGST otherwise;</li>
 * <li>TDS on the gross amount of the sale without GST, 0.1 % (5 % without a PAN).</li>
 * </ul>
 * Each figure rounds half up to the paisa on its own.
 */
@ApplicationScoped
public class SaleCharging {

    @Inject
    FeeSchedules schedules;

    @Inject
    TaxRates taxRates;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.platform-gst-state")
    String platformState;

    public SaleCharges charges(Sale sale) {
        FeeSchedule schedule = schedules.inForceOn(sale.day());
        return charges(sale, schedule, taxRates.on(TaxRate.Kind.GST_ON_FEES, sale.day()).basisPoints(),
                taxRates.on(TaxRate.Kind.TCS, sale.day()).basisPoints(),
                taxRates.on(sale.sellerHasPan() ? TaxRate.Kind.TDS : TaxRate.Kind.TDS_WITHOUT_PAN, sale.day())
                        .basisPoints(), platformState);
    }

    /** The arithmetic alone, for a schedule and rates already chosen. */
    public static SaleCharges charges(Sale sale, FeeSchedule schedule, int gstOnFeesBp, int tcsBp, int tdsBp,
                                      String platformState) {
        Money zero = sale.goods().times(0);
        Money commission = zero;
        Money closing = zero;
        for (Sale.Line line : sale.lines()) {
            commission = commission.plus(line.lineTotal().share(schedule.commissionBp(line.category())));
            closing = closing.plus(Money.ofMinor(schedule.closingFeeMinor(line.unitPrice().minorUnits()),
                    zero.currency().getCurrencyCode()).times(line.quantity()));
        }
        int collectionBp = schedule.collectionBp(sale.paymentMethod());
        Money collection = sale.paid().share(collectionBp);
        Money fees = commission.plus(closing).plus(collection);
        Money taxable = sale.taxableValue();
        return new SaleCharges(schedule.id(), commission, closing, collection, collectionBp,
                TaxHead.split(fees, gstOnFeesBp, sale.sellerStateCode().equals(platformState)),
                TaxHead.split(taxable, tcsBp, sale.sellerStateCode().equals(sale.placeOfSupplyCode())),
                taxable.share(tdsBp), tdsBp);
    }
}
