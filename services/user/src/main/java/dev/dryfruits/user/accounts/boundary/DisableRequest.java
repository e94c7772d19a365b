package dev.dryfruits.user.accounts.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisableRequest")
public record DisableRequest(@Schema(description = "Why, for the record") @Size(max = 500) String reason) {
}
