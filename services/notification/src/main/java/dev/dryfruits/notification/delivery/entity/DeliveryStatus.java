package dev.dryfruits.notification.delivery.entity;

/** PENDING until sent (also while retrying), SENT once the provider accepted it, FAILED after the last attempt. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
