package dev.dryfruits.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the identity service in a service's own tests: publishes a JWKS and signs access tokens exactly as
 * the user service does (RS256, the platform's issuer and audience, upn and groups).
 */
public final class TestTokens implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;

    private TestTokens(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    public static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).algorithm(JWSAlgorithm.RS256).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new TestTokens(key, server);
        } catch (JOSEException | IOException failed) {
            throw new IllegalStateException("Could not start the test token issuer", failed);
        }
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A valid 15-minute access token for the user, with the one role given. */
    public String tokenFor(UUID userId, String email, String role) {
        return sign(claims(userId, email, role).build());
    }

    /**
     * A service's own token as the user service's client-credentials grant issues it: role SERVICE, its client id,
     * the subject derived from it, and the scopes given.
     */
    public String serviceToken(String client, String... scopes) {
        UUID subject = UUID.nameUUIDFromBytes(("dryfruits-service:" + client).getBytes(StandardCharsets.UTF_8));
        return sign(claims(subject, client + "@services.dryfruits.local", "SERVICE").claim("client_id", client)
                .claim("scope", String.join(" ", scopes)).build());
    }

    private static JWTClaimsSet.Builder claims(UUID subject, String principal, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("urn:dryfruits:identity").audience("dryfruits-api")
                .subject(subject.toString()).claim("upn", principal).claim("groups", List.of(role))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
