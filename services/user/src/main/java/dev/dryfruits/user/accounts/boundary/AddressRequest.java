package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.entity.AddressDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddressRequest", description = "A delivery address")
public record AddressRequest(
        @Schema(example = "Home") @Size(max = 40) String label,
        @Schema(required = true) @NotBlank @Size(max = 120) String recipientName,
        @Schema(required = true, example = "+919876543210")
        @NotBlank @Pattern(regexp = Phones.E164, message = Phones.E164_MESSAGE) String phone,
        @Schema(required = true) @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 120) String landmark,
        @Schema(required = true) @NotBlank @Size(max = 100) String city,
        @Schema(required = true) @NotBlank @Size(max = 100) String state,
        @Schema(required = true, description = "For India, the 6-digit PIN code", example = "110001")
        @NotBlank @Size(max = 12) String postalCode,
        @Schema(description = "ISO 3166-1 alpha-2 country code; IN when left out", example = "IN")
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code") String country,
        @Schema(description = "Make this the default delivery address") Boolean makeDefault) {

    private static final java.util.regex.Pattern INDIAN_PIN = java.util.regex.Pattern.compile("[1-9][0-9]{5}");

    AddressDetails details() {
        String countryCode = country == null ? "IN" : country.toUpperCase(Locale.ROOT);
        String postal = postalCode.strip();
        if ("IN".equals(countryCode) && !INDIAN_PIN.matcher(postal).matches()) {
            throw ProblemException.invalidField("postalCode", "must be a 6-digit Indian PIN code");
        }
        return new AddressDetails(blankToNull(label), recipientName.strip(), phone, line1.strip(), blankToNull(line2),
                blankToNull(landmark), city.strip(), state.strip(), postal, countryCode);
    }

    boolean wantsDefault() {
        return Boolean.TRUE.equals(makeDefault);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
