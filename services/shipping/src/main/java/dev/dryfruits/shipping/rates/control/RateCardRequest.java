package dev.dryfruits.shipping.rates.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.shipping.rates.entity.RateCard;
import dev.dryfruits.shipping.rates.entity.Zone;
import dev.dryfruits.shipping.rates.entity.ZoneRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new rate card as an administrator sends it (POST /api/admin/shipping/rate-cards), not yet checked. Amounts are
 * integer paise here: a rate card is tariff data, and the admin API says so in every field name.
 */
public record RateCardRequest(String effectiveFrom, Integer slabGrams, Integer volumetricDivisor, Long codFlatPaise,
                              Integer codBasisPoints, List<String> metroCities, List<String> specialStates,
                              List<String> codExcludedStates, String source, List<ZoneRateRequest> zones) {

    static final long MAX_PAISE = 10_000_000;

    public record ZoneRateRequest(String zone, Long firstSlabPaise, Long additionalSlabPaise, Integer transitDays) {
    }

    record Checked(RateCard.Terms terms, List<ZoneRate> zones) {
    }

    Checked validated(LocalDate today, Set<String> knownStateCodes) {
        FieldCheck check = new FieldCheck();
        LocalDate from = check.date("effectiveFrom", effectiveFrom);
        if (from != null && !from.isAfter(today)) {
            check.violation("effectiveFrom", "must be after today (" + today + "): rates never change for a day"
                    + " that has begun");
        }
        int slab = check.integer("slabGrams", slabGrams, 100, 5_000);
        int divisor = check.integer("volumetricDivisor", volumetricDivisor, 1_000, 10_000);
        long codFlat = paise(check, "codFlatPaise", codFlatPaise, 0);
        int codShare = check.integer("codBasisPoints", codBasisPoints, 0, 10_000);
        String origin = check.text("source", source, 3, 500);
        Map<Zone, ZoneRate> rates = new EnumMap<>(Zone.class);
        if (zones == null || zones.size() != Zone.values().length) {
            check.violation("zones", "must price each of the zones A to E once");
        } else {
            for (int index = 0; index < zones.size(); index++) {
                ZoneRateRequest rate = zones.get(index);
                String field = "zones[" + index + "]";
                if (rate == null) {
                    check.violation(field, "is required");
                    continue;
                }
                Zone zone = zone(check, field + ".zone", rate.zone());
                long first = paise(check, field + ".firstSlabPaise", rate.firstSlabPaise(), 1);
                long additional = paise(check, field + ".additionalSlabPaise", rate.additionalSlabPaise(), 0);
                int days = check.integer(field + ".transitDays", rate.transitDays(), 1, 60);
                if (zone != null && rates.put(zone, new ZoneRate(zone, first, additional, days)) != null) {
                    check.violation(field + ".zone", "prices zone " + zone + " a second time");
                }
            }
        }
        Set<String> metros = names(check, "metroCities", metroCities);
        Set<String> special = stateCodes(check, "specialStates", specialStates, knownStateCodes);
        Set<String> noCod = stateCodes(check, "codExcludedStates", codExcludedStates, knownStateCodes);
        check.throwIfAny();
        return new Checked(new RateCard.Terms(from, slab, divisor, codFlat, codShare, metros, special, noCod, origin),
                new ArrayList<>(rates.values()));
    }

    private static long paise(FieldCheck check, String field, Long value, long min) {
        if (value == null) {
            check.violation(field, "is required (integer paise)");
            return 0;
        }
        if (value < min || value > MAX_PAISE) {
            check.violation(field, "must be from " + min + " to " + MAX_PAISE + " paise");
        }
        return value;
    }

    private static Zone zone(FieldCheck check, String field, String value) {
        try {
            return Zone.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException unknown) {
            check.violation(field, "must be one of A, B, C, D, E");
            return null;
        }
    }

    private static Set<String> names(FieldCheck check, String field, List<String> values) {
        Set<String> names = new HashSet<>();
        for (int index = 0; values != null && index < values.size(); index++) {
            String name = check.text(field + "[" + index + "]", values.get(index), 2, 60);
            if (name != null && name.contains(",")) {
                check.violation(field + "[" + index + "]", "must not contain a comma");
            } else if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static Set<String> stateCodes(FieldCheck check, String field, List<String> values, Set<String> known) {
        Set<String> codes = new HashSet<>();
        for (int index = 0; values != null && index < values.size(); index++) {
            String code = values.get(index);
            if (code == null || !known.contains(code.strip())) {
                check.violation(field + "[" + index + "]", "must be a GST state code, such as 27 for Maharashtra");
            } else {
                codes.add(code.strip());
            }
        }
        return codes;
    }
}
