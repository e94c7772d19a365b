package dev.dryfruits.user.accounts.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChangeRequest")
public record PasswordChangeRequest(
        @Schema(required = true, format = "password") @NotNull @Size(max = 128) String currentPassword,
        @Schema(required = true, format = "password") @NotNull @Size(max = 128) String newPassword) {
}
