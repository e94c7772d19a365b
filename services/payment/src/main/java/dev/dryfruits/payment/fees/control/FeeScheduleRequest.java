package dev.dryfruits.payment.fees.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.payment.fees.entity.CategoryCommission;
import dev.dryfruits.payment.fees.entity.ClosingFeeBand;
import dev.dryfruits.payment.fees.entity.CollectionFee;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
import dev.dryfruits.payment.fees.entity.ShippingPayer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A new fee schedule as an administrator sends it (POST /api/admin/fees/schedules), not yet checked. Rates are
 * basis points (100 = 1 %) and amounts integer paise, and every field's name says which: a schedule is tariff data.
 */
public record FeeScheduleRequest(String effectiveFrom, Integer defaultCommissionBp, String shippingPaidBy,
                                 List<CommissionRequest> commissions, List<ClosingBandRequest> closingFees,
                                 List<CollectionRequest> collectionFees, String source) {

    static final long MAX_PAISE = 10_000_000;
    static final Set<String> METHODS = Set.of("UPI", "CARD", "NETBANKING", "COD");

    public record CommissionRequest(String category, Integer commissionBp) {
    }

    /** {@code upToPaise} absent: the last, open-ended band. */
    public record ClosingBandRequest(Long upToPaise, Long feePaise) {
    }

    public record CollectionRequest(String method, Integer collectionBp) {
    }

    FeeSchedule validated(LocalDate today, UUID adminId, Instant now) {
        FieldCheck check = new FieldCheck();
        LocalDate from = check.date("effectiveFrom", effectiveFrom);
        if (from != null && !from.isAfter(today)) {
            check.violation("effectiveFrom", "must be after today (" + today + "): fees never change for a day"
                    + " that has begun");
        }
        int defaultCommission = check.integer("defaultCommissionBp", defaultCommissionBp, 0, 10_000);
        ShippingPayer payer = null;
        try {
            payer = ShippingPayer.valueOf(shippingPaidBy == null ? "" : shippingPaidBy.strip());
        } catch (IllegalArgumentException unknown) {
            check.violation("shippingPaidBy", "must be CUSTOMER or SELLER");
        }
        List<CategoryCommission> commissionRates = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (int index = 0; commissions != null && index < commissions.size(); index++) {
            String field = "commissions[" + index + "]";
            CommissionRequest commission = commissions.get(index);
            if (commission == null) {
                check.violation(field, "is required");
                continue;
            }
            String category = check.text(field + ".category", commission.category(), 1, 40);
            int rate = check.integer(field + ".commissionBp", commission.commissionBp(), 0, 10_000);
            if (category != null && !categories.add(category)) {
                check.violation(field + ".category", "appears in an earlier line");
            }
            commissionRates.add(new CategoryCommission(category, rate));
        }
        List<ClosingFeeBand> bands = closingBands(check);
        List<CollectionFee> collection = new ArrayList<>();
        Set<String> methods = new HashSet<>();
        for (int index = 0; collectionFees != null && index < collectionFees.size(); index++) {
            String field = "collectionFees[" + index + "]";
            CollectionRequest fee = collectionFees.get(index);
            if (fee == null) {
                check.violation(field, "is required");
                continue;
            }
            String method = fee.method() == null ? "" : fee.method().strip();
            if (!METHODS.contains(method)) {
                check.violation(field + ".method", "must be one of UPI, CARD, NETBANKING, COD");
            } else if (!methods.add(method)) {
                check.violation(field + ".method", "appears in an earlier line");
            }
            collection.add(new CollectionFee(method, check.integer(field + ".collectionBp", fee.collectionBp(), 0,
                    10_000)));
        }
        String origin = check.text("source", source, 3, 500);
        check.throwIfAny();
        return new FeeSchedule(from, defaultCommission, payer, commissionRates, bands, collection, origin, adminId,
                now);
    }

    /** Bands in rising order, each above the last, exactly one open-ended band, and it last. */
    private List<ClosingFeeBand> closingBands(FieldCheck check) {
        List<ClosingFeeBand> bands = new ArrayList<>();
        if (closingFees == null || closingFees.isEmpty()) {
            check.violation("closingFees", "must have at least the open-ended band (no upToPaise)");
            return bands;
        }
        long previous = 0;
        for (int index = 0; index < closingFees.size(); index++) {
            String field = "closingFees[" + index + "]";
            ClosingBandRequest band = closingFees.get(index);
            if (band == null) {
                check.violation(field, "is required");
                continue;
            }
            boolean last = index == closingFees.size() - 1;
            if (band.upToPaise() == null && !last) {
                check.violation(field + ".upToPaise", "is required on every band but the last");
            } else if (band.upToPaise() != null && last) {
                check.violation(field + ".upToPaise", "must be absent on the last band: it covers every higher price");
            } else if (band.upToPaise() != null && (band.upToPaise() <= previous || band.upToPaise() > MAX_PAISE)) {
                check.violation(field + ".upToPaise", "must rise from band to band, up to " + MAX_PAISE + " paise");
            }
            if (band.feePaise() == null || band.feePaise() < 0 || band.feePaise() > MAX_PAISE) {
                check.violation(field + ".feePaise", "must be from 0 to " + MAX_PAISE + " paise");
            }
            previous = band.upToPaise() == null ? previous : band.upToPaise();
            bands.add(new ClosingFeeBand(band.upToPaise(), band.feePaise() == null ? 0 : band.feePaise()));
        }
        return bands;
    }
}
