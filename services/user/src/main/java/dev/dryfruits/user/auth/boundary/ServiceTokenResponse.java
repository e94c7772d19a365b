package dev.dryfruits.user.auth.boundary;

import dev.dryfruits.user.auth.control.ClientCredentialsGrant;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token endpoint's answer, in RFC 6749 section 5.1's own field names (OAuth clients read them so). */
@Schema(name = "ServiceTokenResponse", description = "A service's own access token (client-credentials grant)")
public record ServiceTokenResponse(
        @JsonbProperty("access_token") @Schema(description = "RS256 JWT, role SERVICE") String accessToken,
        @JsonbProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonbProperty("expires_in") @Schema(description = "Seconds until it expires") long expiresIn,
        @Schema(description = "The scopes granted, space-separated", example = "inventory.reservations") String scope) {

    static ServiceTokenResponse of(ClientCredentialsGrant.Granted granted) {
        return new ServiceTokenResponse(granted.token().value(), "Bearer", granted.token().expiresInSeconds(),
                String.join(" ", granted.scopes()));
    }
}
