package dev.dryfruits.order.it;

import static dev.dryfruits.order.it.Shop.PAYMENTS;
import static dev.dryfruits.order.it.Shop.RESERVATIONS;
import static dev.dryfruits.order.it.Shop.peers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.PeerStub;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders and their saga on Liberty with a real PostgreSQL and Kafka broker: the catalog, sellers and the payment
 * service's news arrive as events; the inventory and payment services are stood in for by the peer stub, answering
 * as they do. (The platform's tests run the same against the real services and the sandbox processor.)
 */
@ExtendWith(ArquillianExtension.class)
class OrdersIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static String serviceToken;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @BeforeAll
    static void theOtherServicesAnswer() {
        serviceToken = Shop.standIn();
    }

    private RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    /** A customer with a cart of the packs given and a UPI quote to an address in Maharashtra. */
    private record Shopper(UUID id, String token, String addressId) {
    }

    private Shopper shopperWith(Map<String, Integer> packs, String method) {
        UUID id = UUID.randomUUID();
        String token = ItServerSession.tokens().tokenFor(id, "shopper@example.com", "CUSTOMER");
        packs.forEach((sku, quantity) -> await().atMost(WITHIN).until(() -> as(token)
                .body("{\"quantity\": " + quantity + "}").put("api/cart/lines/" + sku).statusCode() == 200));
        String address = Shop.address(UUID.randomUUID(), "Maharashtra", "400050");
        Shop.shippingAnswers("45.00", "COD".equals(method) ? "36.00" : "0.00");
        await().atMost(WITHIN).until(() -> as(token).body(Shop.checkout(address, method)).post("api/checkout/quote")
                .statusCode() == 200);
        return new Shopper(id, token, address);
    }

    private static String order(String addressId, String method, String vpa) {
        return "{\"addressId\": \"" + addressId + "\", \"paymentMethod\": \"" + method + "\""
                + (vpa == null ? "" : ", \"upi\": {\"vpa\": \"" + vpa + "\"}") + ", \"price\": \"1.00\"}";
    }

    private Response place(Shopper shopper, String key, String body) {
        return as(shopper.token()).header("Idempotency-Key", key).body(body).post("api/orders");
    }

    private static String reservation(UUID id, String status, Map<String, Integer> packs) {
        StringBuilder allocations = new StringBuilder();
        packs.forEach((sku, quantity) -> allocations.append(allocations.length() == 0 ? "" : ",")
                .append("{\"sku\": \"").append(sku).append("\", \"lotId\": \"").append(UUID.randomUUID())
                .append("\", \"lotNumber\": \"LOT-").append(sku.substring(4)).append("\", \"quantity\": ")
                .append(quantity).append("}"));
        return "{\"id\": \"" + id + "\", \"status\": \"" + status + "\", \"allocations\": [" + allocations + "]}";
    }

    /** The inventory service holds the packs (and confirms them when asked); the payment service makes a payment. */
    private static UUID stockAndPaymentAnswer(Map<String, Integer> packs, String paymentStatus) {
        UUID reservation = UUID.randomUUID();
        peers().answer(RESERVATIONS, 201, reservation(reservation, "ACTIVE", packs));
        peers().answer(RESERVATIONS + "/" + reservation + "/confirm", 200, reservation(reservation, "CONFIRMED",
                packs));
        UUID payment = UUID.randomUUID();
        peers().answer(PAYMENTS, 201, "{\"id\": \"" + payment + "\", \"status\": \"" + paymentStatus + "\""
                + ("CREATED".equals(paymentStatus) ? ", \"nextAction\": {\"type\": \"upi_intent\", \"url\":"
                + " \"http://sandbox.example/v1/checkout/pay_" + payment.toString().substring(0, 8) + "\"}" : "")
                + "}");
        return reservation;
    }

    private static void paymentEvent(String name, String orderId, String extra) {
        UUID paymentId = UUID.randomUUID();
        TestEvents.send("dryfruits.payments", orderId, TestEvents.envelope("payment", name, UUID.fromString(orderId),
                Json.createReader(new java.io.StringReader("{\"paymentId\": \"" + paymentId + "\", \"orderId\": \""
                        + orderId + "\"" + extra + "}")).readObject()));
    }

    private JsonPath awaitStatus(String token, String orderId, String status) {
        return await().atMost(WITHIN).until(() -> as(token).get("api/orders/" + orderId).then().statusCode(200)
                .extract().jsonPath(), order -> status.equals(order.getString("status")));
    }

    @Test
    void aPaidOrderIsConfirmedPerSellerWithInvoicesAndWhatToPack() {
        UUID bengaluru = UUID.randomUUID();
        UUID mumbai = UUID.randomUUID();
        Shop.seller(bengaluru, "Kashmir Orchards", "29AAPFU0939F1ZV", "Karnataka", "560001");
        Shop.seller(mumbai, "Konkan Dry Fruits", "27AAPFU0939F1ZV", "Maharashtra", "400001");
        String almonds = Shop.listed(bengaluru, "0802", "349.00");
        String cashews = Shop.listed(mumbai, "080132", "549.00");
        Map<String, Integer> packs = Map.of(almonds, 2, cashews, 1);
        Shopper shopper = shopperWith(packs, "UPI");
        stockAndPaymentAnswer(packs, "CREATED");

        JsonPath placed = place(shopper, "first-order", order(shopper.addressId(), "UPI", "asha@okbank")).then()
                .statusCode(201).extract().jsonPath();
        String orderId = placed.getString("id");
        assertThat(placed.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.getString("payment.nextAction.type")).isEqualTo("upi_intent");
        assertThat(placed.getList("subOrders.sellerId")).containsExactlyInAnyOrder(bengaluru.toString(),
                mumbai.toString());
        // Priced on the server: 698.00 + 549.00 + 2 x 45.00 shipping (a price in the body is ignored).
        assertThat(placed.getString("total.amount")).isEqualTo("1337.00");
        // Stock and payment were asked as the order service itself; the packs left the cart.
        List<PeerStub.Asked> asked = peers().asked();
        assertThat(asked).filteredOn(call -> call.pathAndQuery().equals(PAYMENTS) && call.method().equals("POST"))
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + serviceToken));
        as(shopper.token()).get("api/cart").then().statusCode(200).body("lines.size()", equalTo(0));

        // The same key and body again: the same order; with another body: 422.
        place(shopper, "first-order", order(shopper.addressId(), "UPI", "asha@okbank")).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(orderId));
        place(shopper, "first-order", order(shopper.addressId(), "UPI", "other@okbank")).then().statusCode(422)
                .contentType(PROBLEM);

        paymentEvent("PaymentCaptured", orderId, ", \"attempt\": 1, \"method\": \"UPI\"");
        JsonPath confirmed = awaitStatus(shopper.token(), orderId, "CONFIRMED");
        assertThat(confirmed.getList("subOrders.invoiceNumber", String.class))
                .allSatisfy(number -> assertThat(number).matches("DF/\\d{4}/\\d{6}"));
        assertThat(confirmed.getList("subOrders.packing.lotNumber")).isNotEmpty();
        assertThat(confirmed.getList("history.status")).containsSubsequence("PLACING", "PENDING_PAYMENT", "CONFIRMED");
        List<String> events = TestEvents.names(TestEvents.keyed("dryfruits.orders", orderId, 4));
        assertThat(events).containsExactlyInAnyOrder("OrderPlaced", "OrderConfirmed", "SubOrderConfirmed",
                "SubOrderConfirmed");

        // Each seller sees their own sub-order (what to pack, from which lot) and invoice; nobody sees another's.
        String sellerA = ItServerSession.tokens().tokenFor(bengaluru, "a@example.com", "SELLER");
        String sellerB = ItServerSession.tokens().tokenFor(mumbai, "b@example.com", "SELLER");
        JsonPath mine = as(sellerA).get("api/sellers/me/sub-orders").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.subOrder.orderId")).containsExactly(orderId);
        assertThat(mine.getString("items[0].subOrder.packing[0].sku")).isEqualTo(almonds);
        assertThat(mine.getInt("items[0].subOrder.packing[0].quantity")).isEqualTo(2);
        String subOrderA = mine.getString("items[0].subOrder.id");
        as(sellerB).get("api/sellers/me/sub-orders/" + subOrderA).then().statusCode(404).contentType(PROBLEM);
        as(sellerA).get("api/orders/" + orderId + "/sub-orders/" + subOrderA + "/invoice").then().statusCode(200)
                .body("supplier.gstin", equalTo("29AAPFU0939F1ZV")).body("placeOfSupply.code", equalTo("27"))
                .body("igst.amount", equalTo("33.24")).body("invoiceNumber", notNullValue());
        as(sellerB).get("api/orders/" + orderId + "/sub-orders/" + subOrderA + "/invoice").then().statusCode(404);
        as(shopper.token()).get("api/orders/" + orderId + "/sub-orders/" + subOrderA + "/invoice").then()
                .statusCode(200);
        String stranger = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "s@example.com", "CUSTOMER");
        as(stranger).get("api/orders/" + orderId).then().statusCode(404).contentType(PROBLEM);
        as(stranger).get("api/orders").then().statusCode(200).body("total", equalTo(0));
        as(shopper.token()).get("api/orders").then().statusCode(200).body("items.id", equalTo(List.of(orderId)));
        as(sellerA).get("api/orders/" + orderId).then().statusCode(403);
    }

    @Test
    void theSameKeyTwentyTimesAtOnceMakesOneOrder() throws Exception {
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Kerala Cashew Co", "32AAPFU0939F1ZV", "Kerala", "682001");
        String cashews = Shop.listed(seller, "080132", "499.00");
        Shopper shopper = shopperWith(Map.of(cashews, 1), "UPI");
        stockAndPaymentAnswer(Map.of(cashews, 1), "CREATED");
        int paymentsBefore = paymentCreates();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                attempts.add(() -> place(shopper, "twenty-times", order(shopper.addressId(), "UPI", "asha@okbank")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(attempts)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                } else {
                    assertThat(response.jsonPath().getString("type")).isEqualTo("urn:dryfruits:problem:on-its-way");
                    assertThat(response.header("Retry-After")).isNotNull();
                }
            }
            assertThat(ids).isNotEmpty().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        as(shopper.token()).get("api/orders").then().statusCode(200).body("total", equalTo(1));
        assertThat(paymentCreates() - paymentsBefore).isEqualTo(1);
    }

    private static int paymentCreates() {
        return (int) peers().asked().stream().filter(call -> call.method().equals("POST")
                && call.pathAndQuery().equals(PAYMENTS)).count();
    }

    @Test
    void aDeclinedPaymentCancelsTheOrderGivesTheStockBackAndRefillsTheCart() {
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Rajasthan Dates", "08AAPFU0939F1ZV", "Rajasthan", "302001");
        String dates = Shop.listed(seller, "0804", "899.00");
        Shopper shopper = shopperWith(Map.of(dates, 2), "UPI");
        UUID reservation = stockAndPaymentAnswer(Map.of(dates, 2), "CREATED");
        String orderId = place(shopper, "declined", order(shopper.addressId(), "UPI", "asha@okbank")).then()
                .statusCode(201).extract().path("id");
        peers().answer(RESERVATIONS + "?orderId=" + orderId, 200, "[" + reservation(reservation, "ACTIVE",
                Map.of(dates, 2)) + "]");
        peers().answer(RESERVATIONS + "/" + reservation, 200, reservation(reservation, "RELEASED", Map.of(dates, 2)));
        peers().answer(PAYMENTS + "/orders/" + orderId + "/cancel", 200, "[]");

        paymentEvent("PaymentFailed", orderId, ", \"status\": \"FAILED\", \"reason\": \"Declined by the bank\"");
        JsonPath cancelled = awaitStatus(shopper.token(), orderId, "CANCELLED");
        assertThat(cancelled.getString("cancellation.code")).isEqualTo("PAYMENT_FAILED");
        assertThat(cancelled.getString("cancellation.reason")).isEqualTo("The payment failed: Declined by the bank");
        assertThat(peers().asked()).anySatisfy(call -> {
            assertThat(call.method()).isEqualTo("DELETE");
            assertThat(call.pathAndQuery()).isEqualTo(RESERVATIONS + "/" + reservation);
        });
        assertThat(TestEvents.names(TestEvents.keyed("dryfruits.orders", orderId, 2)))
                .containsExactly("OrderPlaced", "OrderCancelled");
        as(shopper.token()).get("api/cart").then().statusCode(200).body("lines.sku", equalTo(List.of(dates)))
                .body("lines[0].quantity", equalTo(2));
        // Cancelled is final: cancelling again changes nothing.
        as(shopper.token()).post("api/orders/" + orderId + "/cancel").then().statusCode(202)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void notEnoughStockIs409BeforeAnyPaymentAndAChangedPriceIs409WithTheNewQuote() {
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Punjab Raisins", "03AAPFU0939F1ZV", "Punjab", "141001");
        String raisins = Shop.listed(seller, "080620", "199.00");
        Shopper shopper = shopperWith(Map.of(raisins, 3), "UPI");
        peers().answer(RESERVATIONS, 409, "{\"type\": \"urn:dryfruits:problem:insufficient-stock\", \"status\": 409,"
                + " \"detail\": \"Not enough stock of " + raisins + "; nothing was reserved\", \"errors\": [{\"field\":"
                + " \"lines[0].quantity\", \"message\": \"" + raisins + ": 3 requested, 1 available\"}]}");
        int paymentsBefore = paymentCreates();
        place(shopper, "short", order(shopper.addressId(), "UPI", "asha@okbank")).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:out-of-stock"))
                .body("errors[0].field", equalTo(raisins)).body("errors[0].message", equalTo("3 requested, 1 available"));
        place(shopper, "short", order(shopper.addressId(), "UPI", "asha@okbank")).then().statusCode(409)
                .body("type", equalTo("urn:dryfruits:problem:out-of-stock"));
        assertThat(paymentCreates()).isEqualTo(paymentsBefore);
        as(shopper.token()).get("api/orders").then().statusCode(200).body("total", equalTo(0));

        // The price changes after the quote: 409 with the new quote; placing again accepts it.
        stockAndPaymentAnswer(Map.of(raisins, 3), "CREATED");
        TestEvents.send("dryfruits.products", raisins, TestEvents.envelope("product", "ProductPriceChanged",
                UUID.randomUUID(), Json.createObjectBuilder().add("productId", UUID.randomUUID().toString())
                        .add("sellerId", seller.toString()).add("sku", raisins)
                        .add("oldPrice", Json.createObjectBuilder().add("amount", "199.00").add("currency", "INR"))
                        .add("newPrice", Json.createObjectBuilder().add("amount", "209.00").add("currency", "INR"))
                        .build()));
        JsonPath changed = await().atMost(WITHIN).until(() -> place(shopper, "after-change", order(
                shopper.addressId(), "UPI", "asha@okbank")).then().extract().jsonPath(), answer ->
                "urn:dryfruits:problem:quote-changed".equals(answer.getString("type")));
        assertThat(changed.getString("quote.groups[0].lines[0].unitPrice.amount")).isEqualTo("209.00");
        place(shopper, "after-change-2", order(shopper.addressId(), "UPI", "asha@okbank")).then().statusCode(201)
                .body("subOrders[0].lines[0].unitPrice.amount", equalTo("209.00"));
    }

    @Test
    void cashOnDeliveryConfirmsAtOnceAndACustomerCancellationReturnsTheStock() {
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Goa Cashews", "30AAPFU0939F1ZV", "Goa", "403001");
        String cashews = Shop.listed(seller, "080132", "650.00");
        Shopper shopper = shopperWith(Map.of(cashews, 1), "COD");
        UUID reservation = stockAndPaymentAnswer(Map.of(cashews, 1), "COD_PENDING");
        JsonPath placed = place(shopper, "cod", order(shopper.addressId(), "COD", null)).then().statusCode(201)
                .extract().jsonPath();
        assertThat(placed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(placed.getString("codFee.amount")).isEqualTo("36.00");
        String orderId = placed.getString("id");

        peers().answer(RESERVATIONS + "?orderId=" + orderId, 200, "[" + reservation(reservation, "CONFIRMED",
                Map.of(cashews, 1)) + "]");
        peers().answer(RESERVATIONS + "/" + reservation + "/return", 200, reservation(reservation, "RETURNED",
                Map.of(cashews, 1)));
        peers().answer(PAYMENTS + "/orders/" + orderId + "/cancel", 200, "[]");
        String stranger = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "s@example.com", "CUSTOMER");
        as(stranger).post("api/orders/" + orderId + "/cancel").then().statusCode(404);
        as(shopper.token()).post("api/orders/" + orderId + "/cancel").then().statusCode(202);
        JsonPath cancelled = awaitStatus(shopper.token(), orderId, "CANCELLED");
        assertThat(cancelled.getString("cancellation.code")).isEqualTo("CUSTOMER");
        assertThat(peers().asked()).anySatisfy(call -> assertThat(call.pathAndQuery())
                .isEqualTo(RESERVATIONS + "/" + reservation + "/return"));
        List<String> events = TestEvents.names(TestEvents.keyed("dryfruits.orders", orderId, 4));
        assertThat(events).containsExactly("OrderPlaced", "OrderConfirmed", "SubOrderConfirmed", "OrderCancelled");
    }

    @Test
    void badOrdersAreRefusedWithEveryFieldNamed() {
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "c@example.com", "CUSTOMER");
        as(customer).body("{\"addressId\": \"x\", \"paymentMethod\": \"UPI\"}").post("api/orders").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("Idempotency-Key",
                        "upi.vpa")));
        as(customer).header("Idempotency-Key", "k").body("{\"addressId\": \"x\", \"paymentMethod\": \"CHEQUE\"}")
                .post("api/orders").then().statusCode(400).body("errors.field", equalTo(List.of("addressId",
                        "paymentMethod")));
        String seller = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "s@example.com", "SELLER");
        as(seller).header("Idempotency-Key", "k").body(Shop.checkout(UUID.randomUUID().toString(), "COD"))
                .post("api/orders").then().statusCode(403);
        as(customer).get("api/orders/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(customer).get("api/sellers/me/sub-orders").then().statusCode(403);
    }
}
