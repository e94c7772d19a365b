package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.user.accounts.entity.UserAccount;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", description = "An account, as its owner and administrators see it (never the password)")
public record UserView(
        UUID id,
        String email,
        String fullName,
        @Schema(enumeration = {"CUSTOMER", "SELLER", "ADMIN"}) String role,
        String phone,
        @Schema(enumeration = {"ACTIVE", "DISABLED"}) String status,
        @Schema(description = "Why an administrator disabled the account") String disabledReason,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(UserAccount account) {
        return new UserView(account.id(), account.email().value(), account.fullName(), account.role().name(),
                account.phone(), account.status().name(), account.disabledReason(), account.createdAt(),
                account.updatedAt());
    }
}
