package dev.dryfruits.sandbox.payments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers events to the merchant's webhook URL as a real gateway does, and as its merchants must survive: each event
 * after a random delay (so two events of one payment may arrive in either order), some a second time, each signed
 * with HMAC-SHA256 of the raw body under the webhook secret (hex, header {@value #SIGNATURE}), and retried with
 * doubling pauses (1 s to 1 min) until the merchant answers 2xx or a day has passed.
 */
final class Webhooks {

    static final String SIGNATURE = "X-Sandbox-Signature";
    static final String EVENT_ID = "X-Sandbox-Event-Id";
    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private final SandboxSettings settings;
    private final ScheduledExecutorService scheduler;
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection to a Liberty server.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    Webhooks(SandboxSettings settings, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
    }

    /** Announces an event about an entity (a payment or a refund): delivered later, maybe twice. */
    void announce(String event, JsonObject entity) {
        if (settings.webhookUrl() == null) {
            return;
        }
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String body = Json.createObjectBuilder().add("id", id).add("event", event)
                .add("createdAt", Instant.now().toString())
                .add("payload", Json.createObjectBuilder().add(entity.getString("entity"), entity)).build().toString();
        Instant due = Instant.now().plus(GIVE_UP_AFTER);
        schedule(id, body, 1, due, randomDelay());
        if (ThreadLocalRandom.current().nextDouble() < settings.duplicateRate()) {
            schedule(id, body, 1, due, randomDelay().plus(randomDelay()));
        }
    }

    private Duration randomDelay() {
        long min = settings.minWebhookDelay().toMillis();
        long max = Math.max(min, settings.maxWebhookDelay().toMillis());
        return Duration.ofMillis(min + ThreadLocalRandom.current().nextLong(max - min + 1));
    }

    private void schedule(String id, String body, int attempt, Instant giveUpAt, Duration delay) {
        scheduler.schedule(() -> deliver(id, body, attempt, giveUpAt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One delivery, without holding a thread while the merchant answers (deliveries run side by side, as a real
     * gateway's do: a slow merchant must not delay every other notice).
     */
    private void deliver(String id, String body, int attempt, Instant giveUpAt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .header(SIGNATURE, sign(settings.webhookSecret(), body)).header(EVENT_ID, id)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failed) ->
                answered(id, body, attempt, giveUpAt, failed == null ? response.statusCode() : -1));
    }

    private void answered(String id, String body, int attempt, Instant giveUpAt, int status) {
        if (status >= 200 && status < 300) {
            return;
        }
        if (Instant.now().isAfter(giveUpAt)) {
            LOG.warning(() -> "Webhook " + id + " given up after " + attempt + " attempts");
            return;
        }
        Duration pause = Duration.ofSeconds(Math.min(60, 1L << Math.min(attempt - 1, 6)));
        LOG.info(() -> "Webhook " + id + " attempt " + attempt + " not acknowledged (" + (status < 0
                ? "unreachable" : status) + "); again in " + pause.toSeconds() + " s");
        schedule(id, body, attempt + 1, giveUpAt, pause);
    }

    /** HMAC-SHA256 of the raw body under the secret, in lower-case hex. */
    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
