package dev.dryfruits.user.auth.boundary;

import dev.dryfruits.user.auth.control.SignIn;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse", description = "An access token for the API and a refresh token for the next one")
public record TokenResponse(
        @Schema(description = "RS256 JWT to send as 'Authorization: Bearer ...'") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires") long expiresIn,
        @Schema(description = "Opaque; works once, at POST /api/auth/refresh") String refreshToken,
        @Schema(description = "Seconds until the refresh token expires") long refreshExpiresIn) {

    static TokenResponse of(SignIn.Tokens tokens) {
        long refreshSeconds = Math.max(0, Duration.between(Instant.now(), tokens.refresh().expiresAt()).toSeconds());
        return new TokenResponse(tokens.access().value(), "Bearer", tokens.access().expiresInSeconds(),
                tokens.refresh().value(), refreshSeconds);
    }
}
