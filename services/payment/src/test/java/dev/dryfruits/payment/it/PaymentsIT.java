package dev.dryfruits.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments on Liberty with a real PostgreSQL and Kafka broker, through the real sandbox processor: its payments
 * expire in 4 s here, its webhooks come up to 1.5 s late, half of them twice, in any order.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    private RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private static String orderService() {
        return ItServerSession.tokens().serviceToken("order", "payment.payments");
    }

    private static String admin() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "admin@example.com", "ADMIN");
    }

    private static Map<String, Object> payment(UUID orderId, UUID customerId, String amount, String method,
                                               Map<String, Object> instrument) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("orderId", orderId.toString(), "attempt", 1,
                "customerId", customerId.toString(), "amount", Map.of("amount", amount, "currency", "INR"),
                "method", method));
        body.putAll(instrument);
        return body;
    }

    private static Map<String, Object> upi(String vpa) {
        return Map.of("upi", Map.of("vpa", vpa));
    }

    private static Map<String, Object> card(String number) {
        return Map.of("card", Map.of("number", number, "expiryMonth", 12, "expiryYear", 2030, "cvv", "123"));
    }

    private JsonPath create(Map<String, Object> body) {
        return as(orderService()).body(body).post("api/payments").then().statusCode(201)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The customer approves in the sandbox's checkout page. */
    private static void approve(JsonPath created) {
        RestAssured.given().post(created.getString("nextAction.url") + "/approve").then().statusCode(200);
    }

    private JsonPath awaitStatus(String paymentId, String status) {
        return await().atMost(WITHIN).until(() -> as(orderService()).get("api/payments/" + paymentId).then()
                .statusCode(200).extract().jsonPath(), payment -> status.equals(payment.getString("status")));
    }

    @Test
    void aUpiPaymentIsCapturedOnceAndTheLedgerRecordsIt() {
        UUID orderId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        Map<String, Object> body = payment(orderId, customerId, "743.00", "UPI", upi("success@sandbox"));
        JsonPath created = create(body);
        assertThat(created.getString("status")).isEqualTo("CREATED");
        assertThat(created.getString("nextAction.type")).isEqualTo("upi_intent");
        assertThat(created.getString("vpa")).isEqualTo("success@sandbox");
        String id = created.getString("id");

        // The same order and attempt again: the same payment; with another amount: 422.
        as(orderService()).body(body).post("api/payments").then().statusCode(200).body("id", equalTo(id));
        as(orderService()).body(payment(orderId, customerId, "744.00", "UPI", upi("success@sandbox")))
                .post("api/payments").then().statusCode(422).contentType(PROBLEM);

        approve(created);
        JsonPath captured = awaitStatus(id, "CAPTURED");
        assertThat(captured.getString("captured.amount")).isEqualTo("743.00");
        assertThat(captured.getString("nextAction")).isNull();

        List<JsonObject> events = TestEvents.keyed("dryfruits.payments", orderId.toString(), 1);
        assertThat(TestEvents.names(events)).containsExactly("PaymentCaptured");
        assertThat(events.get(0).getJsonObject("data").getJsonObject("amount").getString("amount")).isEqualTo("743.00");

        // Duplicates and late webhooks change nothing more: one capture entry, in balance.
        List<Map<String, Object>> entries = as(admin()).get("api/admin/ledger/orders/" + orderId).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("kind")).isEqualTo("CAPTURE");
        as(admin()).get("api/admin/ledger/trial-balance").then().statusCode(200).body("balanced", equalTo(true));
    }

    @Test
    void aCardIsAuthorisedThenCapturedAndOnlyItsLastFourDigitsAreKept() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "599.00", "CARD", card("4111 1111 1111 1111")));
        assertThat(created.getString("nextAction.type")).isEqualTo("three_d_secure");
        assertThat(created.getString("card.last4")).isEqualTo("1111");
        assertThat(created.prettify()).doesNotContain("4111111111111111").doesNotContain("\"123\"");
        approve(created);
        JsonPath captured = awaitStatus(created.getString("id"), "CAPTURED");
        assertThat(captured.getString("card.network")).isEqualTo("Visa");
        assertThat(captured.getString("captured.amount")).isEqualTo("599.00");
        String stored = storedRow(orderId);
        assertThat(stored).doesNotContain("4111111111111111").contains("1111");
    }

    @Test
    void aDeclinedPaymentFailsAndTheOrderHearsWhy() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "349.00", "UPI", upi("failure@sandbox")));
        approve(created);
        JsonPath failed = awaitStatus(created.getString("id"), "FAILED");
        assertThat(failed.getString("statusReason")).isEqualTo("Declined by the bank");
        List<JsonObject> events = TestEvents.keyed("dryfruits.payments", orderId.toString(), 1);
        assertThat(TestEvents.names(events)).containsExactly("PaymentFailed");
        assertThat(events.get(0).getJsonObject("data").getString("status")).isEqualTo("FAILED");

        // What the processor refuses outright is said of the field.
        as(orderService()).body(payment(UUID.randomUUID(), UUID.randomUUID(), "349.00", "CARD",
                        card("4111 1111 1111 1112"))).post("api/payments").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("card.number"));
    }

    @Test
    void aSuccessAfterTheExpiryIsRefundedAutomatically() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "420.00", "UPI", upi("late@sandbox")));
        approve(created);
        String id = created.getString("id");
        JsonPath refunded = awaitStatus(id, "REFUNDED");
        assertThat(refunded.getBoolean("lateSuccess")).isTrue();
        assertThat(refunded.getBoolean("abandoned")).isTrue();
        assertThat(refunded.getList("refunds.status")).containsExactly("PROCESSED");
        assertThat(refunded.getList("refunds.automatic")).containsExactly(true);

        // The order heard it expired (once), then that the money went back.
        List<JsonObject> events = TestEvents.keyed("dryfruits.payments", orderId.toString(), 3);
        assertThat(TestEvents.names(events)).containsExactly("PaymentFailed", "RefundRequested", "RefundProcessed");
        assertThat(events.get(0).getJsonObject("data").getString("status")).isEqualTo("EXPIRED");
        // Captured, refunded, paid back: the customer's money is back where it started.
        JsonPath trial = as(admin()).get("api/admin/ledger/trial-balance").then().statusCode(200)
                .body("balanced", equalTo(true)).extract().jsonPath();
        List<String> kinds = as(admin()).get("api/admin/ledger/orders/" + orderId).then().statusCode(200)
                .extract().jsonPath().getList("kind");
        assertThat(kinds).containsExactly("CAPTURE", "REFUND_ISSUED", "REFUND_PROCESSED");
        assertThat(trial.getString("accounts.find { it.code == 'refunds-payable' }.balance.amount")).isEqualTo("0.00");
    }

    @Test
    void aPaymentMadeAfterItsOrderWasCancelledGoesBack() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "250.00", "NETBANKING",
                Map.of("netbanking", Map.of("bank", "HDFC"))));
        as(orderService()).body(Map.of("reason", "Stock ran out")).post("api/payments/orders/" + orderId + "/cancel")
                .then().statusCode(200).body("[0].status", equalTo("CANCELLED"));
        // Cancelling again changes nothing; a new payment for the order is refused.
        as(orderService()).body(Map.of("reason", "Again")).post("api/payments/orders/" + orderId + "/cancel")
                .then().statusCode(200).body("[0].status", equalTo("CANCELLED"));
        Map<String, Object> secondAttempt = payment(orderId, UUID.randomUUID(), "250.00", "UPI", upi("asha@okbank"));
        secondAttempt.put("attempt", 2);
        as(orderService()).body(secondAttempt).post("api/payments").then().statusCode(409).body("type", equalTo("urn:dryfruits:problem:order-abandoned"));

        approve(created);
        JsonPath refunded = awaitStatus(created.getString("id"), "REFUNDED");
        assertThat(refunded.getString("captured.amount")).isEqualTo("250.00");
        assertThat(refunded.getString("refunded.amount")).isEqualTo("250.00");
        assertThat(TestEvents.names(TestEvents.keyed("dryfruits.payments", orderId.toString(), 2)))
                .containsExactly("RefundRequested", "RefundProcessed");
    }

    @Test
    void partialRefundsAreIdempotentAndNeverExceedTheCapture() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "1000.00", "UPI", upi("success@sandbox")));
        approve(created);
        String id = created.getString("id");
        awaitStatus(id, "CAPTURED");
        Map<String, Object> part = Map.of("amount", Map.of("amount", "300.00", "currency", "INR"), "reason",
                "One pack damaged");
        String refundId = as(orderService()).header("Idempotency-Key", "damaged-1").body(part)
                .post("api/payments/" + id + "/refunds").then().statusCode(201).extract().path("id");
        as(orderService()).header("Idempotency-Key", "damaged-1").body(part).post("api/payments/" + id + "/refunds")
                .then().statusCode(201).body("id", equalTo(refundId));
        as(orderService()).header("Idempotency-Key", "too-much").body(Map.of("amount", Map.of("amount", "700.01",
                        "currency", "INR"), "reason", "All of it")).post("api/payments/" + id + "/refunds").then()
                .statusCode(409).contentType(PROBLEM);
        as(orderService()).body(part).post("api/payments/" + id + "/refunds").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        JsonPath partly = await().atMost(WITHIN).until(() -> as(orderService()).get("api/payments/" + id).then()
                .extract().jsonPath(), payment -> "PROCESSED".equals(payment.getString("refunds[0].status")));
        assertThat(partly.getString("status")).isEqualTo("CAPTURED");
        assertThat(partly.getString("refunded.amount")).isEqualTo("300.00");
    }

    @Test
    void whenTheProcessorsWebhooksNeverComeReconciliationAsksIt() {
        UUID orderId = UUID.randomUUID();
        JsonPath created = create(payment(orderId, UUID.randomUUID(), "480.00", "UPI", upi("silent@sandbox")));
        approve(created);
        String id = created.getString("id");
        awaitStatus(id, "CAPTURED");
        assertThat(TestEvents.names(TestEvents.keyed("dryfruits.payments", orderId.toString(), 1)))
                .containsExactly("PaymentCaptured");
        as(orderService()).header("Idempotency-Key", "silent-refund").body(Map.of("amount", Map.of("amount",
                "480.00", "currency", "INR"), "reason", "Cancelled by the customer"))
                .post("api/payments/" + id + "/refunds").then().statusCode(201);
        awaitStatus(id, "REFUNDED");
    }

    @Test
    void aForgedWebhookIsRefusedAndRecordedAndAGenuineOneTwiceIsAppliedOnce() {
        String body = "{\"id\":\"evt_forged\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{}}}";
        RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON)
                .header("X-Sandbox-Signature", sign("not-the-secret", body)).header("X-Sandbox-Event-Id", "evt_forged")
                .body(body).post("api/payments/webhooks/sandbox").then().statusCode(401).contentType(PROBLEM);
        RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).body(body)
                .post("api/payments/webhooks/sandbox").then().statusCode(401);
        // Whatever it says it accepts: the refusal comes first (a 406 would only make a processor deliver again).
        RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept("application/pdf")
                .body(body).post("api/payments/webhooks/sandbox").then().statusCode(401).contentType(PROBLEM);
        as(admin()).get("api/admin/payments/rejected-webhooks").then().statusCode(200)
                .body("items.find { it.eventId == 'evt_forged' }.reason", equalTo("the signature does not match the body"));

        // A genuine notice about nobody's payment, twice: acknowledged, the second as a duplicate.
        String genuine = "{\"id\":\"evt_" + UUID.randomUUID().toString().substring(0, 8) + "\",\"event\":"
                + "\"payment.created\",\"createdAt\":\"2026-12-04T10:00:00Z\",\"payload\":{\"payment\":{\"id\":"
                + "\"pay_nobody\",\"entity\":\"payment\",\"reference\":\"" + UUID.randomUUID() + "\",\"amount\":100,"
                + "\"currency\":\"INR\",\"method\":\"upi\",\"status\":\"created\",\"captured\":0,\"refunded\":0,"
                + "\"createdAt\":\"2026-12-04T10:00:00Z\",\"expiresAt\":\"2026-12-04T10:10:00Z\","
                + "\"updatedAt\":\"2026-12-04T10:00:00Z\",\"lateSuccess\":false,\"vpa\":\"a@bank\"}}}";
        for (boolean duplicate : new boolean[] {false, true}) {
            RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON)
                    .header("X-Sandbox-Signature", sign(ItServerSession.PAYMENT_WEBHOOK_SECRET, genuine))
                    .body(genuine.getBytes(StandardCharsets.UTF_8)).post("api/payments/webhooks/sandbox").then()
                    .statusCode(200).body("duplicate", equalTo(duplicate));
        }
    }

    @Test
    void onlyTheOrderServiceMakesPaymentsAndCustomersSeeOnlyTheirOwn() {
        UUID customerId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String id = create(payment(orderId, customerId, "100.00", "COD", Map.of())).getString("id");
        String customer = ItServerSession.tokens().tokenFor(customerId, "c@example.com", "CUSTOMER");
        as(customer).get("api/payments/" + id).then().statusCode(200).body("status", equalTo("COD_PENDING"))
                .body("nextAction", nullValue());
        as(customer).get("api/payments?orderId=" + orderId).then().statusCode(200).body("size()", equalTo(1));
        String stranger = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "s@example.com", "CUSTOMER");
        as(stranger).get("api/payments/" + id).then().statusCode(404).contentType(PROBLEM);
        as(stranger).get("api/payments?orderId=" + orderId).then().statusCode(200).body("size()", equalTo(0));
        as(customer).body(payment(UUID.randomUUID(), customerId, "100.00", "COD", Map.of())).post("api/payments")
                .then().statusCode(403);
        as(ItServerSession.tokens().serviceToken("shipping", "order.shipments")).get("api/payments/" + id).then()
                .statusCode(403);
        as(orderService()).body(Map.of("orderId", "x", "amount", Map.of("amount", "1.005", "currency", "INR"),
                        "method", "UPI")).post("api/payments").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("orderId", "attempt", "customerId", "amount.amount", "upi.vpa")));
    }

    /** The payment's row as PostgreSQL prints it: every column, to show what is (not) kept. */
    private static String storedRow(UUID orderId) {
        var database = ItServerSession.database();
        try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); var statement = connection.prepareStatement(
                "select p::text from payment p where order_id = ?")) {
            statement.setObject(1, orderId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
