package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.user.accounts.entity.Address;
import dev.dryfruits.user.accounts.entity.AddressDetails;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Address")
public record AddressView(
        UUID id,
        String label,
        String recipientName,
        String phone,
        String line1,
        String line2,
        String landmark,
        String city,
        String state,
        String postalCode,
        String country,
        boolean isDefault,
        Instant createdAt,
        Instant updatedAt) {

    static AddressView of(Address address) {
        AddressDetails details = address.details();
        return new AddressView(address.id(), details.label(), details.recipientName(), details.phone(),
                details.line1(), details.line2(), details.landmark(), details.city(), details.state(),
                details.postalCode(), details.country(), address.isDefault(), address.createdAt(),
                address.updatedAt());
    }
}
