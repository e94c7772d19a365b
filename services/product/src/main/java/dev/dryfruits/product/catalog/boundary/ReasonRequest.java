package dev.dryfruits.product.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectionRequest")
public record ReasonRequest(
        @Schema(description = "Told to the seller", required = true) @NotBlank @Size(max = 500) String reason) {
}
