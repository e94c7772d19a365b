package dev.dryfruits.user.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationRequest", description = "A new customer or seller account")
public record RegistrationRequest(
        @Schema(example = "asha@example.com", required = true)
        @NotBlank @Email @Size(max = 254) String email,

        @Schema(description = "At least 10 characters, not a common password, not containing the email",
                required = true, format = "password")
        @NotNull @Size(max = 128) String password,

        @Schema(example = "Asha Verma", required = true)
        @NotBlank @Size(max = 120) String fullName,

        @Schema(description = "CUSTOMER or SELLER; administrators cannot register themselves",
                enumeration = {"CUSTOMER", "SELLER"}, required = true)
        @NotNull @Pattern(regexp = "CUSTOMER|SELLER", message = "must be CUSTOMER or SELLER") String role,

        @Schema(description = "E.164 phone number", example = "+919876543210")
        @Pattern(regexp = Phones.E164, message = Phones.E164_MESSAGE) String phone) {
}
