package dev.dryfruits.payment.fees.entity;

/** Who bears the carrier's charge for a seller's shipment. */
public enum ShippingPayer {
    /** The customer pays it at checkout, at the carrier's tariff; the platform passes it on to the carrier. */
    CUSTOMER,
    /** Free delivery for the customer: the seller's earnings bear the carrier's charge. */
    SELLER
}
