package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.ShelfLifeRule;
import dev.dryfruits.inventory.reservations.entity.LotPick;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * First expiry, first out: each line takes packs from the SKU's sellable lots in best-before order, skipping lots
 * that would reach the customer with less than the minimum remaining shelf life. Plans only; nothing is changed.
 */
final class FefoAllocator {

    private FefoAllocator() {
    }

    record Line(String sku, int quantity) {
    }

    record Shortage(int line, String sku, int requested, int available) {
    }

    record Plan(List<LotPick> picks, List<Shortage> shortages) {
        boolean isComplete() {
            return shortages.isEmpty();
        }
    }

    /**
     * @param lotsBySku each SKU's released lots, earliest best-before first
     */
    static Plan plan(List<Line> lines, Map<String, List<Lot>> lotsBySku, LocalDate today, ShelfLifeRule rule) {
        List<LotPick> picks = new ArrayList<>();
        List<Shortage> shortages = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            int missing = line.quantity();
            int available = 0;
            for (Lot lot : lotsBySku.getOrDefault(line.sku(), List.of())) {
                int free = lot.sellable(today, rule);
                available += free;
                int take = Math.min(free, missing);
                if (take > 0) {
                    picks.add(new LotPick(line.sku(), lot.id(), lot.lotNumber(), take));
                    missing -= take;
                }
            }
            if (missing > 0) {
                shortages.add(new Shortage(index, line.sku(), line.quantity(), available));
            }
        }
        return new Plan(picks, shortages);
    }
}
