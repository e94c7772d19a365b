package dev.dryfruits.shipping.quotes.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.shipping.pincodes.control.PincodeDirectory;
import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import dev.dryfruits.shipping.quotes.entity.ShippingQuote;
import dev.dryfruits.shipping.rates.control.RateCards;
import dev.dryfruits.shipping.rates.entity.RateCard;
import dev.dryfruits.shipping.rates.entity.Zone;
import dev.dryfruits.shipping.rates.entity.ZoneRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prices a shipment: both pincodes from the directory (the delivery state, when given, must be the pincode's), the
 * zone between them and the rate card in force today. The shipment's boxes travel as one package: its actual weight
 * is the sum of theirs, its volumetric weight that of their summed volume, and it is billed at the larger, in whole
 * slabs. Cash on delivery adds the card's charge on the amount to collect, where cash can be collected at all.
 */
@ApplicationScoped
public class ShippingQuotes {

    @Inject
    PincodeDirectory directory;

    @Inject
    RateCards rateCards;

    @Inject
    @ConfigProperty(name = "dryfruits.shipping.max-parcels")
    int maxParcels;

    @Inject
    @ConfigProperty(name = "dryfruits.shipping.max-parcel-grams")
    int maxParcelGrams;

    public ShippingQuote quote(QuoteRequest request) {
        QuoteRequest.Checked shipment = ProblemException.requireBody(request, "The shipment to quote")
                .validated(maxParcels, maxParcelGrams);
        RateCard card = rateCards.inForceToday();
        FieldCheck check = new FieldCheck();
        Optional<PincodeArea> from = directory.find(shipment.fromPincode());
        Optional<PincodeArea> to = directory.find(shipment.toPincode());
        if (from.isEmpty()) {
            check.violation("fromPincode", shipment.fromPincode() + " is not in the pincode directory");
        }
        if (to.isEmpty()) {
            check.violation("toPincode", shipment.toPincode() + " is not in the pincode directory: no courier"
                    + " delivers there");
        }
        Optional<IndianState> named = Optional.ofNullable(shipment.toState()).flatMap(directory::state);
        to.ifPresent(area -> {
            if (shipment.toState() != null) {
                if (named.isEmpty()) {
                    check.violation("toState", "is not a state or Union Territory of India");
                } else if (!area.isIn(named.get())) {
                    check.violation("toState", "is " + named.get().name() + ", but pincode " + area.pincode()
                            + " is in " + stateNames(area));
                }
            }
            if (shipment.cashOnDelivery() && !card.collectsCashIn(area)) {
                check.violation("paymentMethod", "cash on delivery is not available at " + area.pincode() + " ("
                        + stateNames(area) + "); pay online instead");
            }
        });
        check.throwIfAny();
        IndianState toState = named.orElse(to.get().states().get(0));
        Zone zone = card.zone(from.get(), to.get());
        ZoneRate rate = card.rate(zone);
        int slabs = card.slabs(shipment.actualGrams(), shipment.cubicCentimetres());
        Money carriage = Money.ofMinor(rate.chargeFor(slabs), QuoteRequest.INR.getCurrencyCode());
        Money cod = Money.ofMinor(shipment.cashOnDelivery() ? card.codChargePaise(shipment.collect().minorUnits()) : 0,
                QuoteRequest.INR.getCurrencyCode());
        return new ShippingQuote(from.get(), to.get(), toState, zone, shipment.actualGrams(),
                card.volumetricGrams(shipment.cubicCentimetres()), (long) slabs * card.slabGrams(), carriage, cod,
                rate.transitDays(), card.id(), card.effectiveFrom());
    }

    private static String stateNames(PincodeArea area) {
        return area.states().stream().map(IndianState::name).collect(Collectors.joining(" and "));
    }
}
