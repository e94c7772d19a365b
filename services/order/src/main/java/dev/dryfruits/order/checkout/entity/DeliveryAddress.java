package dev.dryfruits.order.checkout.entity;

import java.util.UUID;

/** One of the customer's addresses, as the user service answers it (the fields used). */
public record DeliveryAddress(UUID id, String recipientName, String phone, String line1, String line2,
                              String landmark, String city, String state, String postalCode, String country) {
}
