package dev.dryfruits.notification.delivery.entity;

public enum Channel {
    EMAIL, SMS
}
