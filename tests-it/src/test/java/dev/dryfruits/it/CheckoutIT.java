package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Sellers.as;
import static dev.dryfruits.it.Shoppers.WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's acceptance through the gateway, on the real services and the sandbox processor (its payments expire in
 * 10 s here): buying from two sellers and paying by UPI, declines and expiries, idempotency, the last packs of a SKU
 * to many customers at once, and who sees what.
 */
class CheckoutIT {

    private static String admin;
    private static Sellers.Seller mumbai;
    private static Sellers.Seller kashmir;
    private static String almonds;
    private static String walnuts;

    @BeforeAll
    static void twoSellersWithStock() {
        LocalPlatform.requireUp();
        admin = Api.adminToken();
        // A Maharashtra seller (GSTIN 27..., pickup in Navi Mumbai) and the demo seller from Srinagar (01...).
        mumbai = Sellers.verified(admin);
        almonds = Sellers.liveAlmonds(mumbai, admin).skus().get(0);
        Lots.released(mumbai, Lots.fresh(almonds, 200));
        String kashmirToken = Api.login("kashmir.orchards@dryfruits.local", LocalPlatform.DEMO_PASSWORD)
                .getString("accessToken");
        String kashmirId = as(kashmirToken).get("/api/users/me").then().statusCode(200).extract().path("id");
        kashmir = new Sellers.Seller(kashmirId, "kashmir.orchards@dryfruits.local", kashmirToken);
        walnuts = as(kashmirToken).queryParam("status", "LIVE").queryParam("size", 100)
                .get("/api/sellers/me/products").then().statusCode(200)
                .extract().path("items.find { it.category == 'walnuts' }.variants[0].sku");
        Lots.released(kashmir, Lots.fresh(walnuts, 200));
    }

    /** Acceptance 1: two sellers, per-line GST and shipping by zone, UPI: confirmed, stock out of its lots, ledger. */
    @Test
    void aCustomerBuysFromTwoSellersPaysByUpiAndEverySellersLedgerSplitsTheMoney() {
        int almondsBefore = Lots.available(almonds);
        Shoppers.Shopper shopper = Shoppers.newShopper();
        Shoppers.fillCart(shopper, Map.of(almonds, 2, walnuts, 1));
        JsonPath quote = Shoppers.quote(shopper, "UPI");
        assertThat(quote.getList("groups.sellerId")).containsExactlyInAnyOrder(mumbai.id(), kashmir.id());
        String mumbaiGroup = "groups.find { it.sellerId == '" + mumbai.id() + "' }";
        String kashmirGroup = "groups.find { it.sellerId == '" + kashmir.id() + "' }";
        assertThat(quote.getList(mumbaiGroup + ".lines[0].taxes.name")).containsExactly("CGST", "SGST");
        assertThat(quote.getList(kashmirGroup + ".lines[0].taxes.name")).containsExactly("IGST");
        assertThat(quote.getString(mumbaiGroup + ".shippingZone")).isEqualTo("B");
        assertThat(quote.getString(kashmirGroup + ".shippingZone")).isEqualTo("D");

        JsonPath order = Shoppers.placed(shopper, Shoppers.upi(shopper, "success@sandbox"));
        String orderId = order.getString("id");
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getString("total.amount")).isEqualTo(quote.getString("total.amount"));
        assertThat(Lots.available(almonds)).isEqualTo(almondsBefore - 2);
        Shoppers.approve(order);

        JsonPath confirmed = Shoppers.awaitOrder(shopper, orderId, "CONFIRMED");
        assertThat(confirmed.getList("subOrders")).hasSize(2);
        assertThat(confirmed.getString("payment.status")).isEqualTo("CAPTURED");
        assertThat(confirmed.getList("subOrders.invoiceNumber", String.class)).doesNotContainNull();
        assertThat(confirmed.getInt("subOrders.find { it.sellerId == '" + mumbai.id() + "' }.packing[0].quantity"))
                .isEqualTo(2);

        // Each seller's ledger: the sale, the commission, GST on the fees, TCS and TDS, from the seller's side.
        for (Sellers.Seller seller : List.of(mumbai, kashmir)) {
            JsonPath ledger = await().atMost(WITHIN).until(() -> as(seller.token()).get("/api/sellers/me/ledger")
                    .then().statusCode(200).extract().jsonPath(), statement -> statement.getList("entries.orderId")
                    .contains(orderId));
            List<String> memos = ledger.getList("entries.findAll { it.orderId == '" + orderId + "' }.memo");
            assertThat(memos).anyMatch(memo -> memo.startsWith("Sale: "))
                    .contains("Commission", "Closing fee")
                    .anyMatch(memo -> memo.startsWith("GST on fees: IGST 18 %"))
                    .anyMatch(memo -> memo.startsWith("TCS (CGST Act s.52)"))
                    .anyMatch(memo -> memo.startsWith("TDS (Income-tax Act s.194-O)"));
        }
        List<String> mumbaiTcs = as(mumbai.token()).get("/api/sellers/me/ledger").then().extract().jsonPath()
                .getList("entries.findAll { it.orderId == '" + orderId + "' && it.memo.startsWith('TCS') }.memo");
        assertThat(mumbaiTcs).containsExactly("TCS (CGST Act s.52): CGST 0.25 %", "TCS (CGST Act s.52): SGST 0.25 %");
        as(admin).get("/api/admin/ledger/trial-balance").then().statusCode(200).body("balanced", equalTo(true));
        as(admin).get("/api/admin/ledger/orders/" + orderId).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("CAPTURE", "SALE"));
        // The customer is told, and each seller is told what to pack.
        await().atMost(WITHIN).until(() -> Mailboxes.messagesTo(shopper.email()).stream()
                .anyMatch(mime -> mime.contains("Your order is confirmed")));
        await().atMost(WITHIN).until(() -> Mailboxes.messagesTo(mumbai.email()).stream()
                .anyMatch(mime -> mime.contains("New order to pack")));
    }

    /** Acceptance 2: a declined card and an unpaid UPI payment cancel the order; a late success is refunded. */
    @Test
    void declinedAndExpiredPaymentsCancelTheOrderAndALateSuccessIsRefunded() {
        Shoppers.Shopper shopper = Shoppers.newShopper();
        Shoppers.fillCart(shopper, Map.of(almonds, 1));
        Shoppers.quote(shopper, "CARD");
        int before = Lots.available(almonds);
        JsonPath declined = Shoppers.placed(shopper, Shoppers.card(shopper, "4000 0000 0000 0002"));
        assertThat(declined.getString("payment.nextAction.type")).isEqualTo("three_d_secure");
        Shoppers.approve(declined);
        JsonPath cancelled = Shoppers.awaitOrder(shopper, declined.getString("id"), "CANCELLED");
        assertThat(cancelled.getString("cancellation.code")).isEqualTo("PAYMENT_FAILED");
        assertThat(cancelled.getString("cancellation.reason")).contains("Declined by the issuer");
        await().atMost(WITHIN).until(() -> Lots.available(almonds) == before);
        as(shopper.token()).get("/api/payments?orderId=" + declined.getString("id")).then().statusCode(200)
                .body("[0].status", equalTo("FAILED")).body("[0].captured.amount", equalTo("0.00"));

        // The cart got its packs back: pay by UPI and never approve (the bank never answers).
        Shoppers.quote(shopper, "UPI");
        JsonPath unpaid = Shoppers.placed(shopper, Shoppers.upi(shopper, "timeout@sandbox"));
        JsonPath expired = Shoppers.awaitOrder(shopper, unpaid.getString("id"), "CANCELLED");
        assertThat(expired.getString("cancellation.code")).isEqualTo("PAYMENT_EXPIRED");

        // It expires, then the bank's success arrives anyway: the order stays cancelled, the money goes back.
        Shoppers.quote(shopper, "UPI");
        JsonPath late = Shoppers.placed(shopper, Shoppers.upi(shopper, "late@sandbox"));
        Shoppers.approve(late);
        Shoppers.awaitOrder(shopper, late.getString("id"), "CANCELLED");
        JsonPath payment = await().atMost(WITHIN).until(() -> as(shopper.token()).get("/api/payments?orderId="
                + late.getString("id")).then().statusCode(200).extract().jsonPath(),
                answer -> "REFUNDED".equals(answer.getString("[0].status")));
        assertThat(payment.getBoolean("[0].lateSuccess")).isTrue();
        assertThat(payment.getList("[0].refunds.automatic")).containsExactly(true);
        await().atMost(WITHIN).until(() -> as(shopper.token()).get("/api/orders/" + late.getString("id")).then()
                .extract().path("refund.refunded.amount").equals(late.getString("total.amount")));
        as(admin).get("/api/admin/ledger/trial-balance").then().statusCode(200).body("balanced", equalTo(true));
    }

    /** Acceptance 3: one order for one key, however often and at once; a forged webhook is refused and recorded. */
    @Test
    void theSameKeyTwentyTimesAtOnceIsOneOrderAndForgedWebhooksAreRefused() throws Exception {
        Shoppers.Shopper shopper = Shoppers.newShopper();
        Shoppers.fillCart(shopper, Map.of(walnuts, 1));
        Shoppers.quote(shopper, "UPI");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                attempts.add(() -> Shoppers.place(shopper, key, Shoppers.upi(shopper, "success@sandbox")));
            }
            for (Future<Response> answer : pool.invokeAll(attempts)) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                } else {
                    assertThat(response.jsonPath().getString("type")).isEqualTo("urn:dryfruits:problem:on-its-way");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).isNotEmpty().containsOnly(ids.get(0));
        JsonPath order = await().atMost(WITHIN).until(() -> Shoppers.place(shopper, key, Shoppers.upi(shopper,
                "success@sandbox")).then().extract().response(), answer -> answer.statusCode() == 201).jsonPath();
        assertThat(order.getString("id")).isEqualTo(ids.get(0));
        as(shopper.token()).get("/api/orders").then().statusCode(200).body("total", equalTo(1));
        Shoppers.approve(order);
        Shoppers.awaitOrder(shopper, order.getString("id"), "CONFIRMED");
        // Webhooks came late, twice and out of order: exactly one capture, one sale per seller.
        await().atMost(WITHIN).until(() -> as(admin).get("/api/admin/ledger/orders/" + order.getString("id")).then()
                .statusCode(200).extract().jsonPath().getList("kind").size() >= 2);
        as(admin).get("/api/admin/ledger/orders/" + order.getString("id")).then().statusCode(200)
                .body("kind", equalTo(List.of("CAPTURE", "SALE")));

        String forged = "{\"id\":\"evt_forged_" + key.substring(0, 8) + "\",\"event\":\"payment.captured\"}";
        Api.gateway().header("X-Sandbox-Signature", "00".repeat(32)).header("X-Sandbox-Event-Id", "evt_forged")
                .body(forged).post("/api/payments/webhooks/sandbox").then().statusCode(401).contentType(PROBLEM);
        as(admin).get("/api/admin/payments/rejected-webhooks").then().statusCode(200)
                .body("items[0].reason", equalTo("the signature does not match the body"));
    }

    /** Acceptance 5: thirty customers, the last ten packs: ten orders, no oversell, twenty 409s before payment. */
    @Test
    void thirtyCustomersForTheLastTenPacksMakeTenOrdersAndNoOversell() throws Exception {
        String sku = Sellers.liveAlmonds(mumbai, admin).skus().get(1);
        String lotId = Lots.released(mumbai, Lots.fresh(sku, 10));
        List<Shoppers.Shopper> shoppers = Shoppers.ready(30, Map.of(sku, 1), "UPI");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<JsonPath> orders = new ArrayList<>();
        int refused = 0;
        try {
            List<Callable<Response>> attempts = shoppers.stream().<Callable<Response>>map(shopper -> () ->
                    Shoppers.place(shopper, UUID.randomUUID().toString(), Shoppers.upi(shopper, "success@sandbox")))
                    .toList();
            for (Future<Response> answer : pool.invokeAll(attempts)) {
                Response response = answer.get();
                if (response.statusCode() == 201) {
                    orders.add(response.jsonPath());
                } else {
                    assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
                    assertThat(response.jsonPath().getString("type")).isEqualTo("urn:dryfruits:problem:out-of-stock");
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(orders).hasSize(10);
        assertThat(refused).isEqualTo(20);
        orders.forEach(Shoppers::approve);
        for (JsonPath order : orders) {
            String customer = order.getString("customerId");
            Shoppers.Shopper owner = shoppers.stream().filter(shopper -> shopper.id().equals(customer)).findFirst()
                    .orElseThrow();
            Shoppers.awaitOrder(owner, order.getString("id"), "CONFIRMED");
        }
        assertThat(Lots.available(sku)).isZero();
        as(mumbai.token()).get("/api/inventory/lots/" + lotId).then().statusCode(200).body("onHand", equalTo(0))
                .body("reserved", equalTo(0));
        // The twenty who were refused paid nothing and have no order.
        for (Shoppers.Shopper shopper : shoppers) {
            if (orders.stream().noneMatch(order -> order.getString("customerId").equals(shopper.id()))) {
                as(shopper.token()).get("/api/orders").then().statusCode(200).body("total", equalTo(0));
            }
        }
    }

    /** Acceptance 6: who sees what; a price in the body is ignored; no cash on delivery where it cannot be collected. */
    @Test
    void everyoneSeesOnlyTheirOwnAndCashOnDeliveryIsRefusedWhereItCannotBeCollected() {
        Shoppers.Shopper shopper = Shoppers.newShopper();
        Shoppers.fillCart(shopper, Map.of(almonds, 1));
        JsonPath quote = Shoppers.quote(shopper, "COD");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("addressId", shopper.addressId(), "paymentMethod",
                "COD", "total", Map.of("amount", "1.00", "currency", "INR"), "price", "1.00"));
        JsonPath order = Shoppers.place(shopper, UUID.randomUUID().toString(), body).then().statusCode(201).extract()
                .jsonPath();
        assertThat(order.getString("status")).isEqualTo("CONFIRMED");
        assertThat(order.getString("total.amount")).isEqualTo(quote.getString("total.amount"));
        String orderId = order.getString("id");
        String subOrderId = order.getString("subOrders[0].id");

        String stranger = Api.newCustomerToken();
        as(stranger).get("/api/orders/" + orderId).then().statusCode(404).contentType(PROBLEM);
        as(stranger).post("/api/orders/" + orderId + "/cancel").then().statusCode(404);
        as(stranger).get("/api/payments?orderId=" + orderId).then().statusCode(200).body("size()", equalTo(0));
        as(kashmir.token()).get("/api/sellers/me/sub-orders/" + subOrderId).then().statusCode(404);
        as(mumbai.token()).get("/api/sellers/me/sub-orders/" + subOrderId).then().statusCode(200)
                .body("subOrder.orderId", equalTo(orderId));
        as(kashmir.token()).get("/api/orders/" + orderId + "/sub-orders/" + subOrderId + "/invoice").then()
                .statusCode(404);
        as(mumbai.token()).get("/api/admin/ledger/sellers/" + kashmir.id()).then().statusCode(403);
        as(admin).get("/api/admin/orders?sellerId=" + mumbai.id()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(orderId));

        // The Andaman and Nicobar Islands: no cash on delivery there (pay online instead).
        Shoppers.Shopper islander = Shoppers.newShopper("Andaman and Nicobar Islands", "Port Blair", "744101");
        Shoppers.fillCart(islander, Map.of(almonds, 1));
        Shoppers.quote(islander, "UPI");
        as(islander.token()).body(Map.of("addressId", islander.addressId(), "paymentMethod", "COD"))
                .post("/api/checkout/quote").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("paymentMethod"));
        Shoppers.place(islander, UUID.randomUUID().toString(), Map.of("addressId", islander.addressId(),
                "paymentMethod", "COD")).then().statusCode(400).body("errors[0].field", equalTo("paymentMethod"));

        // The customer cancels before dispatch: the packs go back to their lot.
        int before = Lots.available(almonds);
        as(shopper.token()).post("/api/orders/" + orderId + "/cancel").then().statusCode(202);
        Shoppers.awaitOrder(shopper, orderId, "CANCELLED");
        await().atMost(WITHIN).until(() -> Lots.available(almonds) == before + 1);
        RestAssured.reset();
    }
}
