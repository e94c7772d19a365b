package dev.dryfruits.user.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dryfruits.user.accounts.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs MicroProfile JWT access tokens (RS256): iss, aud, sub (user id), upn (email), groups (the role), iat, exp,
 * jti, and the key id in the header. Issuer and audience are the same settings the verifiers use
 * (JWT_ISSUER, JWT_AUDIENCE in liberty-config/jwt.xml).
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "JWT_ISSUER")
    String issuer;

    @Inject
    @ConfigProperty(name = "JWT_AUDIENCE")
    String audience;

    @Inject
    @ConfigProperty(name = "dryfruits.jwt.access-token-ttl", defaultValue = "PT15M")
    Duration ttl;

    public AccessToken issue(UserAccount account) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(audience.split("\\s*,\\s*")))
                .subject(account.id().toString())
                .claim("upn", account.email().value())
                .claim("groups", List.of(account.role().name()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException unexpected) {
            throw new IllegalStateException("Could not sign an access token", unexpected);
        }
        return new AccessToken(jwt.serialize(), ttl.toSeconds());
    }

    public record AccessToken(String value, long expiresInSeconds) {
    }
}
