package dev.dryfruits.user.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.user.accounts.entity.UserAccount;
import dev.dryfruits.user.auth.entity.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
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

    @Inject
    @ConfigProperty(name = "dryfruits.jwt.service-token-ttl", defaultValue = "PT5M")
    Duration serviceTokenTtl;

    public AccessToken issue(UserAccount account) {
        return sign(claims(account.id(), account.email().value(), account.role().name(), ttl).build(), ttl);
    }

    /**
     * A service's own token: role SERVICE, its scopes (space-separated, as RFC 9068 has it) and client_id, and a
     * shorter life than a user's (the service fetches a new one itself).
     */
    public AccessToken issueForService(ServiceClient client, Set<String> scopes) {
        JWTClaimsSet claims = claims(client.subject(), client.principalName(), Roles.SERVICE, serviceTokenTtl)
                .claim("client_id", client.id())
                .claim("scope", String.join(" ", scopes))
                .build();
        return sign(claims, serviceTokenTtl);
    }

    private JWTClaimsSet.Builder claims(UUID subject, String principal, String role, Duration lifetime) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(audience.split("\\s*,\\s*")))
                .subject(subject.toString())
                .claim("upn", principal)
                .claim("groups", List.of(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    private AccessToken sign(JWTClaimsSet claims, Duration lifetime) {
        RSAKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException unexpected) {
            throw new IllegalStateException("Could not sign an access token", unexpected);
        }
        return new AccessToken(jwt.serialize(), lifetime.toSeconds());
    }

    public record AccessToken(String value, long expiresInSeconds) {
    }
}
