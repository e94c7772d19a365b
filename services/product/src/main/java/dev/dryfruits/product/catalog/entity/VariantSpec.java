package dev.dryfruits.product.catalog.entity;

import dev.dryfruits.kit.money.Money;

/** A pack size as the seller wants it sold: net quantity in grams, selling price, and MRP (printed on the pack). */
public record VariantSpec(int packGrams, Money price, Money mrp) {
}
