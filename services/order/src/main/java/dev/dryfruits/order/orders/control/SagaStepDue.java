package dev.dryfruits.order.orders.control;

/** A CDI event: an order's saga has a step to do now (the driver wakes instead of waiting for its next round). */
public record SagaStepDue() {
}
