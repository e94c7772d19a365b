package dev.dryfruits.order.cart.control;

/** The body of PUT /api/cart/lines/{sku}: how many packs the line should have. */
public record QuantityRequest(Integer quantity) {
}
