package dev.dryfruits.quality.verification.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @Schema(description = "Told to the seller", required = true) @NotBlank @Size(max = 500) String reason) {
}
