package dev.dryfruits.payment.fees.boundary;

import dev.dryfruits.payment.fees.entity.FeeSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeeSchedule", description = "The platform's fees from a date until the next schedule's (basis points:"
        + " 100 = 1 %; amounts in integer paise)")
public record FeeScheduleView(UUID id, LocalDate effectiveFrom, boolean inForce, int defaultCommissionBp,
                              @Schema(enumeration = {"CUSTOMER", "SELLER"}) String shippingPaidBy,
                              List<Commission> commissions, List<ClosingBand> closingFees,
                              List<Collection> collectionFees, String source) {

    @Schema(name = "CategoryCommission")
    public record Commission(String category, int commissionBp) {
    }

    @Schema(name = "ClosingFeeBand", description = "Per pack priced up to upToPaise (absent: any higher price)")
    public record ClosingBand(Long upToPaise, long feePaise) {
    }

    @Schema(name = "CollectionFee")
    public record Collection(String method, int collectionBp) {
    }

    static FeeScheduleView of(FeeSchedule schedule, boolean inForce) {
        return new FeeScheduleView(schedule.id(), schedule.effectiveFrom(), inForce, schedule.defaultCommissionBp(),
                schedule.shippingPaidBy().name(),
                schedule.commissions().stream().map(rate -> new Commission(rate.category(), rate.commissionBp()))
                        .toList(),
                schedule.closingBands().stream().map(band -> new ClosingBand(band.upToMinor(), band.feeMinor()))
                        .toList(),
                schedule.collectionFees().stream().map(fee -> new Collection(fee.method(), fee.collectionBp()))
                        .toList(), schedule.source());
    }
}
