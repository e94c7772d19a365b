package dev.dryfruits.inventory.lots.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much shelf life a pack must still have when it reaches the customer (FSSAI's e-commerce guidance: 30 % of its
 * shelf life or 45 days). A lot's shelf life runs from its packing date to its best-before date; allocation happens
 * {@code deliveryDays} before the customer has the pack.
 */
public record ShelfLifeRule(Kind kind, int minRemainingPercent, int minRemainingDays, int deliveryDays) {

    public enum Kind {
        /** At least the percentage of the shelf life. */
        PERCENT,
        /** At least the number of days. */
        DAYS,
        /** Either suffices: the shorter of the two. */
        EITHER,
        /** Both: the longer of the two. */
        BOTH
    }

    public ShelfLifeRule {
        if (minRemainingPercent < 0 || minRemainingPercent > 100 || minRemainingDays < 0 || deliveryDays < 0) {
            throw new IllegalArgumentException("Shelf-life rule out of range: " + minRemainingPercent + " %, "
                    + minRemainingDays + " days, " + deliveryDays + " delivery days");
        }
    }

    /** The last day a lot packed and dated so may be allocated to an order. */
    public LocalDate lastSellableDay(LocalDate packedOn, LocalDate bestBefore) {
        long shelfLife = ChronoUnit.DAYS.between(packedOn, bestBefore);
        long byPercent = (shelfLife * minRemainingPercent + 99) / 100;
        long required = switch (kind) {
            case PERCENT -> byPercent;
            case DAYS -> minRemainingDays;
            case EITHER -> Math.min(byPercent, minRemainingDays);
            case BOTH -> Math.max(byPercent, minRemainingDays);
        };
        return bestBefore.minusDays(required + deliveryDays);
    }
}
