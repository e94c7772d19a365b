package dev.dryfruits.gateway.security.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.dryfruits.gateway.security.entity.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks bearer tokens at the edge: an RS256 signature by one of the identity service's published keys (JWKS,
 * cached and refreshed when an unknown key id shows up), the issuer, the audience, and expiry with at most
 * {@code gateway.jwt.clock-skew} of tolerance. The same JWT_* settings configure the services' own check.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final String BEARER = "bearer ";

    @Inject
    @ConfigProperty(name = "JWT_JWKS_URI")
    String jwksUri;

    @Inject
    @ConfigProperty(name = "JWT_ISSUER")
    String issuer;

    @Inject
    @ConfigProperty(name = "JWT_AUDIENCE")
    String audience;

    @Inject
    @ConfigProperty(name = "gateway.jwt.clock-skew", defaultValue = "PT60S")
    Duration clockSkew;

    @Inject
    @ConfigProperty(name = "gateway.jwt.jwks-cache", defaultValue = "PT5M")
    Duration jwksCache;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        if (clockSkew.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalStateException("gateway.jwt.clock-skew may be at most 60 seconds");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUri).toURL(), new DefaultResourceRetriever(1000, 2000, 65_536))
                    .cache(jwksCache.toMillis(), 5_000)
                    .rateLimited(10_000)
                    .outageTolerant(Duration.ofHours(1).toMillis())
                    .build();
        } catch (MalformedURLException wrong) {
            throw new IllegalStateException("JWT_JWKS_URI is not a URL: " + jwksUri, wrong);
        }
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                Set.of(audience.split("\\s*,\\s*")),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat", "jti"),
                null);
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        jwt.setJWTClaimsSetVerifier(claims);
        processor = jwt;
    }

    /** The caller named by a valid {@code Authorization: Bearer} header. */
    public Caller verify(String authorization, String address) throws InvalidToken {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new InvalidToken("Use 'Authorization: Bearer <token>'", null);
        }
        String token = authorization.substring(BEARER.length()).strip();
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> groups = claims.getStringListClaim("groups");
            return Caller.authenticated(claims.getSubject(), groups == null ? Set.of() : new HashSet<>(groups),
                    address);
        } catch (Exception rejected) {
            throw new InvalidToken("The bearer token is not valid", rejected);
        }
    }
}
