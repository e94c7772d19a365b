package dev.dryfruits.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox as the payment service will meet it: over HTTP, with its webhooks arriving at a merchant's endpoint. */
class PaymentSandboxTest {

    private static final String KEY = "rzp_test_key";
    private static final String SECRET = "rzp_test_secret";
    private static final String WEBHOOK_SECRET = "whsec_test";
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private static HttpServer merchant;
    private static SandboxServer sandbox;
    private static final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    /** The merchant refuses its first few deliveries, so retries happen. */
    private static final AtomicInteger refuseFirst = new AtomicInteger(2);
    private final HttpClient http = HttpClient.newHttpClient();

    record Delivery(String eventId, String signature, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/webhooks", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (refuseFirst.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst(Webhooks.EVENT_ID),
                        exchange.getRequestHeaders().getFirst(Webhooks.SIGNATURE), body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        merchant.start();
        SandboxSettings defaults = SandboxSettings.defaults();
        sandbox = SandboxServer.start(new SandboxSettings("127.0.0.1", 0, KEY, SECRET,
                "http://127.0.0.1:" + merchant.getAddress().getPort() + "/webhooks", WEBHOOK_SECRET,
                Duration.ofMillis(10), Duration.ofMillis(400), 1.0, Duration.ZERO, Duration.ofMillis(5), 0.0,
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMillis(300), null));
        assertThat(defaults.upiExpiry()).isEqualTo(Duration.ofSeconds(600));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        merchant.stop(0);
    }

    private HttpResponse<String> call(String method, String path, String key, String body, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError(failed);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonObject pay(String method, String instrument) {
        String detail = switch (method) {
            case "upi" -> "\"upi\": {\"vpa\": \"" + instrument + "\"}";
            case "card" -> "\"card\": {\"number\": \"" + instrument + "\", \"expiryMonth\": 12, \"expiryYear\": 2030,"
                    + " \"cvv\": \"123\"}";
            default -> "\"netbanking\": {\"bank\": \"" + instrument + "\"}";
        };
        HttpResponse<String> created = call("POST", "/v1/payments", UUID.randomUUID().toString(),
                "{\"amount\": 34900, \"currency\": \"INR\", \"method\": \"" + method + "\", \"reference\": \"order-"
                        + UUID.randomUUID() + "\", " + detail + "}", true);
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created);
    }

    private List<String> events(String paymentId) {
        return deliveries.stream().map(Delivery::json)
                .filter(event -> event.getJsonObject("payload").toString().contains(paymentId))
                .map(event -> event.getString("event")).toList();
    }

    @Test
    void aUpiPaymentIsCapturedWhenTheCustomerApprovesAndEveryWebhookIsSignedAndSentTwice() {
        JsonObject payment = pay("upi", "success@sandbox");
        assertThat(payment.getString("status")).isEqualTo("created");
        assertThat(payment.getJsonObject("nextAction").getString("type")).isEqualTo("upi_intent");
        assertThat(call("GET", "/v1/checkout/" + payment.getString("id"), null, null, false).body())
                .contains("Approve");

        JsonObject approved = json(call("POST", "/v1/checkout/" + payment.getString("id") + "/approve", null, null,
                false));
        assertThat(approved.getString("status")).isEqualTo("captured");
        assertThat(approved.getInt("captured")).isEqualTo(34900);
        await().atMost(WITHIN).until(() -> events(payment.getString("id")).stream()
                .filter("payment.captured"::equals).count() == 2);
        assertThat(deliveries).allSatisfy(delivery ->
                assertThat(delivery.signature()).isEqualTo(Webhooks.sign(WEBHOOK_SECRET, delivery.body())));
        // The same event, twice: the same id.
        assertThat(deliveries.stream().filter(delivery -> delivery.body().contains(payment.getString("id"))
                && delivery.body().contains("payment.captured")).map(Delivery::eventId).distinct()).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstPaymentAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 50000, \"currency\": \"INR\", \"method\": \"upi\", \"reference\": \"o-1\","
                + " \"upi\": {\"vpa\": \"success@sandbox\"}}";
        HttpResponse<String> first = call("POST", "/v1/payments", key, body, true);
        HttpResponse<String> again = call("POST", "/v1/payments", key, body, true);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).getString("id")).isEqualTo(json(first).getString("id"));
        HttpResponse<String> changed = call("POST", "/v1/payments", key, body.replace("50000", "50100"), true);
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(json(changed).getJsonObject("error").getString("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(call("POST", "/v1/payments", null, body, true).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/v1/payments", key, body, false).statusCode()).isEqualTo(401);
    }

    @Test
    void aCardIsAuthorisedThenCapturedAndItsNumberNeverComesBack() {
        JsonObject payment = pay("card", "4111111111111111");
        assertThat(payment.toString()).doesNotContain("4111111111111111");
        assertThat(payment.getJsonObject("card").getString("last4")).isEqualTo("1111");
        assertThat(payment.getJsonObject("card").getString("token")).startsWith("tok_");
        String id = payment.getString("id");
        assertThat(json(call("POST", "/v1/checkout/" + id + "/approve", null, null, false)).getString("status"))
                .isEqualTo("authorized");
        HttpResponse<String> captured = call("POST", "/v1/payments/" + id + "/capture", null, "{\"amount\": 34900}",
                true);
        assertThat(json(captured).getString("status")).isEqualTo("captured");
        assertThat(call("POST", "/v1/payments/" + id + "/capture", null, "{\"amount\": 34900}", true).statusCode())
                .isEqualTo(200);

        assertThat(json(call("POST", "/v1/checkout/" + pay("card", "4000000000000002").getString("id")
                + "/approve", null, null, false)).getString("failureReason")).isEqualTo("Declined by the issuer");
        assertThat(call("POST", "/v1/payments", UUID.randomUUID().toString(), "{\"amount\": 100, \"currency\":"
                + " \"INR\", \"method\": \"card\", \"reference\": \"x\", \"card\": {\"number\": \"4111111111111112\","
                + " \"expiryMonth\": 1, \"expiryYear\": 2030, \"cvv\": \"1\"}}", true).statusCode()).isEqualTo(400);
    }

    @Test
    void anUnpaidPaymentExpiresAndALateSuccessStillArrivesAfterwards() {
        String never = pay("upi", "timeout@sandbox").getString("id");
        String late = pay("upi", "late@sandbox").getString("id");
        call("POST", "/v1/checkout/" + never + "/approve", null, null, false);
        call("POST", "/v1/checkout/" + late + "/approve", null, null, false);
        await().atMost(WITHIN).until(() -> events(never).contains("payment.expired"));
        await().atMost(WITHIN).until(() -> events(late).contains("payment.captured"));
        assertThat(events(late)).contains("payment.expired");
        JsonObject after = json(call("GET", "/v1/payments/" + late, null, null, true));
        assertThat(after.getString("status")).isEqualTo("captured");
        assertThat(after.getBoolean("lateSuccess")).isTrue();
        assertThat(json(call("GET", "/v1/payments/" + never, null, null, true)).getString("status"))
                .isEqualTo("expired");
    }

    @Test
    void refundsAreIdempotentPartialAndProcessedLater() {
        String id = pay("netbanking", "SBIN").getString("id");
        call("POST", "/v1/checkout/" + id + "/approve", null, null, false);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refund = call("POST", "/v1/payments/" + id + "/refunds", key, "{\"amount\": 10000}", true);
        assertThat(refund.statusCode()).isEqualTo(201);
        assertThat(json(call("POST", "/v1/payments/" + id + "/refunds", key, "{\"amount\": 10000}", true))
                .getString("id")).isEqualTo(json(refund).getString("id"));
        assertThat(call("POST", "/v1/payments/" + id + "/refunds", UUID.randomUUID().toString(),
                "{\"amount\": 30000}", true).statusCode()).isEqualTo(400);
        String refundId = json(refund).getString("id");
        await().atMost(WITHIN).until(() -> "processed".equals(json(call("GET", "/v1/refunds/" + refundId, null, null,
                true)).getString("status")));
        await().atMost(WITHIN).until(() -> deliveries.stream().anyMatch(delivery ->
                delivery.body().contains(refundId) && delivery.body().contains("refund.processed")));
    }

    @Test
    void cardNumbersAreCheckedWithLuhn() {
        assertThat(SandboxServer.luhn("4111111111111111")).isTrue();
        assertThat(SandboxServer.luhn("4000000000000002")).isTrue();
        assertThat(SandboxServer.luhn("4111111111111112")).isFalse();
        assertThat(SandboxServer.luhn("12ab")).isFalse();
    }
}
