package dev.dryfruits.shipping.rates.boundary;

import dev.dryfruits.shipping.rates.entity.RateCard;
import dev.dryfruits.shipping.rates.entity.ZoneRate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RateCard", description = "Shipping rates in force from a date until the next card's; amounts in paise")
public record RateCardView(UUID id, LocalDate effectiveFrom, boolean inForce, int slabGrams, int volumetricDivisor,
                           long codFlatPaise, int codBasisPoints, Set<String> metroCities, Set<String> specialStates,
                           Set<String> codExcludedStates, String source, Instant createdAt, List<ZoneRateView> zones) {

    @Schema(name = "ZoneRate")
    public record ZoneRateView(String zone, long firstSlabPaise, long additionalSlabPaise, int transitDays) {

        static ZoneRateView of(ZoneRate rate) {
            return new ZoneRateView(rate.zone().name(), rate.firstSlabPaise(), rate.additionalSlabPaise(),
                    rate.transitDays());
        }
    }

    static RateCardView of(RateCard card, boolean inForce) {
        return new RateCardView(card.id(), card.effectiveFrom(), inForce, card.slabGrams(), card.volumetricDivisor(),
                card.codFlatPaise(), card.codBasisPoints(), card.metroCities(), card.specialStates(),
                card.codExcludedStates(), card.source(), card.createdAt(),
                card.zones().stream().map(ZoneRateView::of).toList());
    }
}
