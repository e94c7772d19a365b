package dev.dryfruits.order.orders.entity;

/** What the order's saga does next, outside any request (the saga driver), until it is done. */
public enum SagaStep {
    /** Nothing to do: waiting for the customer's payment, or finished. */
    NONE,
    /** The payment is captured: take the held stock from its lots and confirm the order. */
    CONFIRM,
    /** Undo what was done: stop or refund the payment, give the stock back; then cancel the order. */
    COMPENSATE
}
