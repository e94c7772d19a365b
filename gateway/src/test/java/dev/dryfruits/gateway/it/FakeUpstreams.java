package dev.dryfruits.gateway.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * The services the gateway test routes to, as plain JDK HTTP servers: beta answers (and publishes the JWKS that signs
 * the test's tokens), slow never answers in time, and alpha is not there at all.
 */
final class FakeUpstreams implements AutoCloseable {

    static final int BETA_PORT = 19280;
    static final int SLOW_PORT = 19281;

    private final HttpServer beta;
    private final HttpServer slow;
    private final RSAKey signingKey;

    FakeUpstreams() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).algorithm(JWSAlgorithm.RS256).generate();
        beta = HttpServer.create(new InetSocketAddress("127.0.0.1", BETA_PORT), 50);
        beta.setExecutor(Executors.newFixedThreadPool(8));
        beta.createContext("/jwks", exchange -> respond(exchange, 200,
                new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8)));
        beta.createContext("/api/beta/public/echo", FakeUpstreams::echo);
        beta.createContext("/api/beta/public/status/", exchange -> {
            int status = Integer.parseInt(exchange.getRequestURI().getPath().replaceAll(".*/", ""));
            exchange.getResponseHeaders().add("Location", "/api/beta/things/42");
            respond(exchange, status, ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        });
        beta.createContext("/api/beta/public/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "1");
            respond(exchange, 503, "{\"status\":503}".getBytes(StandardCharsets.UTF_8));
        });
        beta.createContext("/api/beta/private", exchange -> respond(exchange, 200,
                "{\"secret\":\"walnut\"}".getBytes(StandardCharsets.UTF_8)));
        beta.start();
        slow = HttpServer.create(new InetSocketAddress("127.0.0.1", SLOW_PORT), 50);
        slow.setExecutor(Executors.newCachedThreadPool());
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, new byte[0]);
        });
        slow.start();
    }

    /** Sends the body back, and reports in X-Seen-* headers what the gateway passed on. */
    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var seen = exchange.getRequestHeaders();
        for (String name : List.of("X-Request-Id", "traceparent", "X-Forwarded-For", "X-Private", "Keep-Alive",
                "Authorization", "X-Custom")) {
            String value = seen.getFirst(name);
            exchange.getResponseHeaders().add("X-Seen-" + name, value == null ? "(none)" : value);
        }
        exchange.getResponseHeaders().add("Keep-Alive", "timeout=99");
        exchange.getResponseHeaders().add("X-Upstream", "beta");
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        respond(exchange, 200, body);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        boolean empty = body.length == 0 || status == 204;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** A token as the identity service would issue it, valid or spoiled in one way. */
    String token(String issuer, String audience, Instant expiresAt) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("user-42")
                .claim("upn", "test@example.com").claim("groups", List.of("CUSTOMER"))
                .issueTime(Date.from(expiresAt.minusSeconds(900))).expirationTime(Date.from(expiresAt))
                .jwtID("jti-" + expiresAt.toEpochMilli() + issuer.hashCode() + audience.toLowerCase(Locale.ROOT).hashCode())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    @Override
    public void close() {
        beta.stop(0);
        slow.stop(0);
    }
}
