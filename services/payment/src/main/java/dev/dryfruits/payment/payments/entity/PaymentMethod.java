package dev.dryfruits.payment.payments.entity;

/** How a customer pays an order. */
public enum PaymentMethod {
    UPI, CARD, NETBANKING,
    /** Cash on delivery: nothing is charged now; the carrier collects at the door. */
    COD
}
