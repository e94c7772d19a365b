package dev.dryfruits.shipping.quotes.entity;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import dev.dryfruits.shipping.rates.entity.Zone;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one shipment from a pickup pincode to a delivery pincode costs under the rate card in force: its zone, its
 * weights (actual, volumetric, billed in whole slabs), the carriage, the cash-on-delivery charge (zero when paid
 * online) and the days in transit; and the delivery state, the place of supply for tax.
 */
public record ShippingQuote(PincodeArea from, PincodeArea to, IndianState toState, Zone zone, long actualGrams, long volumetricGrams,
                            long billedGrams, Money carriage, Money codCharge, int transitDays, UUID rateCardId,
                            LocalDate rateCardEffectiveFrom) {

    public Money total() {
        return carriage.plus(codCharge);
    }
}
