package dev.dryfruits.user.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(required = true, example = "asha@example.com") @NotBlank @Size(max = 254) String email,
        @Schema(required = true, format = "password") @NotNull @Size(max = 128) String password) {
}
