package dev.dryfruits.product.catalog.entity;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** Nutrition per 100 g, as the FSS Labelling and Display Regulations 2020 require it on the label. */
public record Nutrition(BigDecimal energyKcal, BigDecimal proteinG, BigDecimal fatG, BigDecimal carbohydrateG,
                        BigDecimal sugarsG, BigDecimal fibreG, BigDecimal sodiumMg) {

    /** Nothing declared: no nutrition at all rather than a table of blanks. */
    public boolean isEmpty() {
        return Stream.of(energyKcal, proteinG, fatG, carbohydrateG, sugarsG, fibreG, sodiumMg)
                .allMatch(value -> value == null);
    }
}
