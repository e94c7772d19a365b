package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static dev.dryfruits.it.Lots.available;
import static dev.dryfruits.it.Lots.labReport;
import static dev.dryfruits.it.Lots.lot;
import static dev.dryfruits.it.Lots.receive;
import static dev.dryfruits.it.Lots.released;
import static dev.dryfruits.it.Sellers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dryfruits.it.Sellers.Listing;
import dev.dryfruits.it.Sellers.Seller;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 5: stock by lot, lab-tested quality and traceability, through the gateway on the real platform. */
class StockAndLabQualityIT {

    private static final Duration WITHIN = Lots.WITHIN;
    private static final LocalDate TODAY = Lots.TODAY;

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void lotsAreSoldOnlyAfterPassingTheirLabTestsFirstExpiryFirstAndOnlyByTheirSeller() {
        String admin = Api.adminToken();
        Seller seller = Sellers.verified(admin);
        Listing almonds = Sellers.liveAlmonds(seller, admin);
        String sku = almonds.skus().get(0);

        // 1. A lot of 10 packs waits in quarantine: nothing to sell yet.
        Map<String, Object> first = lot(sku, 10, TODAY.minusDays(20), TODAY.plusDays(250));
        String lotId = receive(seller, first);
        as(seller.token()).get("/api/inventory/lots/" + lotId).then().statusCode(200)
                .body("status", equalTo("QUARANTINED")).body("available", equalTo(0));
        assertThat(available(sku)).isZero();

        // 2. Aflatoxin total 18 µg/kg fails the FSSAI limit 15: still quarantined, and the seller is told by email.
        JsonPath failed = labReport(seller, lotId, "SFL-2026-1", "18.0").then().statusCode(201)
                .body("outcome", equalTo("FAIL")).body("profile", equalTo("FSSAI")).extract().jsonPath();
        assertThat(failed.getList("parameters.findAll { it.outcome == 'FAIL' }.name"))
                .containsExactly("aflatoxinTotal");
        assertThat(failed.getString("parameters.find { it.name == 'aflatoxinTotal' }.limit")).isEqualTo("15");
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailboxes.messagesTo(seller.email()).stream()
                .anyMatch(mime -> mime.contains((String) first.get("lotNumber"))));
        as(seller.token()).get("/api/inventory/lots/" + lotId).then().body("status", equalTo("QUARANTINED"));
        assertThat(available(sku)).isZero();

        // ... a passing report releases it: 10 available within 10 s, and the listing shows in stock.
        labReport(seller, lotId, "SFL-2026-2", "6.0").then().statusCode(201).body("outcome", equalTo("PASS"));
        await().atMost(WITHIN).until(() -> available(sku) == 10);
        await().atMost(WITHIN).until(() -> Boolean.TRUE.equals(gateway().get("/api/products/" + almonds.id())
                .path("inStock")));
        gateway().get("/api/products/" + almonds.id()).then().body("variants[0].available", equalTo(10));

        // 3. First expiry first out; a lot too close to its best-before date is skipped.
        String laterSku = almonds.skus().get(1);
        String late = released(seller, lot(laterSku, 4, TODAY.minusDays(10), TODAY.plusDays(300)));
        String early = released(seller, lot(laterSku, 4, TODAY.minusDays(60), TODAY.plusDays(200)));
        String tooClose = released(seller, lot(laterSku, 4, TODAY.minusDays(300), TODAY.plusDays(30)));
        await().atMost(WITHIN).until(() -> available(laterSku) == 8);
        UUID order = UUID.randomUUID();
        JsonPath reservation = as(admin).body(reservation(order, laterSku, 6, 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().jsonPath();
        assertThat(reservation.getList("allocations.lotId")).containsExactly(early, late).doesNotContain(tooClose);
        assertThat(reservation.getList("allocations.quantity", Integer.class)).containsExactly(4, 2);

        // 5. The same order again changes nothing; confirming twice ships once; an expired reservation gives back.
        as(admin).body(reservation(order, laterSku, 1, 900)).post("/api/inventory/reservations").then()
                .statusCode(200).body("id", equalTo(reservation.getString("id")));
        String id = reservation.getString("id");
        as(admin).post("/api/inventory/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(admin).post("/api/inventory/reservations/" + id + "/confirm").then().statusCode(200);
        as(seller.token()).get("/api/inventory/lots/" + early).then().body("onHand", equalTo(0));
        assertThat(available(laterSku)).isEqualTo(2);
        as(admin).body(reservation(UUID.randomUUID(), laterSku, 2, 1)).post("/api/inventory/reservations").then()
                .statusCode(201);
        assertThat(available(laterSku)).isZero();
        await().atMost(WITHIN).until(() -> available(laterSku) == 2);
        as(admin).get("/api/inventory/lots/" + early + "/trace").then().statusCode(200)
                .body("orders.orderId", equalTo(List.of(order.toString()))).body("quantityShipped", equalTo(4));

        // 6. Another seller cannot see or adjust the lot; a customer cannot create one.
        Seller other = Sellers.verified(admin);
        as(other.token()).get("/api/inventory/lots/" + lotId).then().statusCode(404).contentType(PROBLEM);
        as(other.token()).body(Map.of("delta", -1, "reason", "Counted again")).post("/api/inventory/lots/" + lotId
                + "/adjustments").then().statusCode(404);
        as(other.token()).get("/api/quality/lots/" + lotId + "/lab-reports").then().statusCode(404);
        as(Api.newCustomerToken()).body(lot(sku, 1, TODAY.minusDays(1), TODAY.plusDays(200)))
                .post("/api/inventory/lots").then().statusCode(403).contentType(PROBLEM);
        gateway().body(lot(sku, 1, TODAY.minusDays(1), TODAY.plusDays(200))).post("/api/inventory/lots").then()
                .statusCode(401);
    }

    @Test
    void fiftyConcurrentReservationsOverTwoInventoryInstancesTakeExactlyTheTenPacksEveryTime() throws Exception {
        String admin = Api.adminToken();
        Seller seller = Sellers.verified(admin);
        String sku = Sellers.liveAlmonds(seller, admin).skus().get(2);
        LocalPlatform.dryfruits("scale", "inventory=2");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            for (int round = 1; round <= 20; round++) {
                released(seller, lot(sku, 10, TODAY.minusDays(5), TODAY.plusDays(250)));
                await().atMost(WITHIN).until(() -> available(sku) == 10);
                List<Callable<Integer>> orders = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    orders.add(() -> as(admin).body(reservation(UUID.randomUUID(), sku, 1, 900))
                            .post("/api/inventory/reservations").statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : clients.invokeAll(orders)) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round " + round).filteredOn(status -> status == 201).hasSize(10);
                assertThat(statuses).as("round " + round).filteredOn(status -> status == 409).hasSize(40);
                assertThat(available(sku)).as("round " + round).isZero();
            }
        } finally {
            clients.shutdownNow();
            LocalPlatform.dryfruits("scale", "inventory=1");
        }
    }

    private static Map<String, Object> reservation(UUID orderId, String sku, int quantity, int ttlSeconds) {
        return Map.of("orderId", orderId.toString(), "ttlSeconds", ttlSeconds,
                "lines", List.of(Map.of("sku", sku, "quantity", quantity)));
    }

}
