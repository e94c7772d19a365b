package dev.dryfruits.user.accounts.entity;

/** What an address says, as a value: who receives the goods and where. */
public record AddressDetails(
        String label,
        String recipientName,
        String phone,
        String line1,
        String line2,
        String landmark,
        String city,
        String state,
        String postalCode,
        String country) {
}
