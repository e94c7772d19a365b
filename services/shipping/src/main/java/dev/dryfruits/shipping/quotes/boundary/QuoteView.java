package dev.dryfruits.shipping.quotes.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.shipping.quotes.entity.ShippingQuote;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShippingQuote", description = "What one shipment costs, and why")
public record QuoteView(String fromPincode, String fromCity, String toPincode, String toCity,
                        @Schema(description = "GST code of the delivery state (the one given, else the pincode's):"
                                + " the place of supply", example = "27") String toStateCode,
                        @Schema(example = "Maharashtra") String toStateName,
                        @Schema(example = "D") String zone, String zoneName,
                        long actualWeightGrams, long volumetricWeightGrams,
                        @Schema(description = "max(actual, volumetric) rounded up to whole slabs") long billedWeightGrams,
                        MoneyView shipping, MoneyView codCharge, MoneyView total,
                        @Schema(description = "Days in transit by surface") int transitDays,
                        UUID rateCardId, LocalDate rateCardEffectiveFrom) {

    static QuoteView of(ShippingQuote quote) {
        return new QuoteView(quote.from().pincode(), quote.from().city(), quote.to().pincode(), quote.to().city(),
                quote.toState().code(), quote.toState().name(),
                quote.zone().name(), quote.zone().description(), quote.actualGrams(), quote.volumetricGrams(),
                quote.billedGrams(), MoneyView.of(quote.carriage()), MoneyView.of(quote.codCharge()),
                MoneyView.of(quote.total()), quote.transitDays(), quote.rateCardId(), quote.rateCardEffectiveFrom());
    }
}
