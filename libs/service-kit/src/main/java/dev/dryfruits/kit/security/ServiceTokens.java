package dev.dryfruits.kit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own access token, for calls it makes on its own behalf (the order service reserving stock): an
 * OAuth 2.0 client-credentials grant (RFC 6749 section 4.4) at the identity service's token endpoint, with this
 * service's client id and secret, kept until a minute before it expires and then fetched again. One token serves
 * every call of every replica thread; a failure to get one is a {@link Unavailable} (the caller's 503).
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    @ConfigProperty(name = "dryfruits.service.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "dryfruits.service.client-secret")
    Optional<String> clientSecret;

    /** The identity service: the user service's base URL, as its REST clients know it. */
    @Inject
    @ConfigProperty(name = "user/mp-rest/url", defaultValue = "http://127.0.0.1:9101")
    String identityUrl;

    private final Clock clock = Clock.systemUTC();
    private HttpClient http;
    private Token current;

    /** A bearer token valid for at least another minute. */
    public synchronized String bearer() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            current = fetch(now);
        }
        return current.value();
    }

    private Token fetch(Instant now) {
        String secret = clientSecret.filter(value -> !value.isBlank()).orElseThrow(() -> new Unavailable(
                "No client secret is configured for service " + clientId + " (dryfruits.service.client-secret)"));
        String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl.replaceAll("/+$", "") + "/api/auth/token"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unavailable("The identity service refused this service's token request ("
                        + response.statusCode() + "): " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject body = reader.readObject();
                return new Token(body.getString("access_token"),
                        now.plusSeconds(body.getJsonNumber("expires_in").longValue()));
            }
        } catch (IOException | RuntimeException failed) {
            if (failed instanceof Unavailable unavailable) {
                throw unavailable;
            }
            throw new Unavailable("Could not get a token from the identity service: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while getting a token from the identity service", interrupted);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        }
        return http;
    }

    /** RFC 6749 section 2.3.1: client id and secret are form-encoded before they go into Basic credentials. */
    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant expiresAt) {
    }

    /** This service has no token to call with right now (the identity service is down, or refused it). */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
