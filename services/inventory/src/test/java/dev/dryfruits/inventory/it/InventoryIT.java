package dev.dryfruits.inventory.it;

import static dev.dryfruits.inventory.it.Stockroom.TODAY;
import static dev.dryfruits.inventory.it.Stockroom.adminToken;
import static dev.dryfruits.inventory.it.Stockroom.customerToken;
import static dev.dryfruits.inventory.it.Stockroom.decision;
import static dev.dryfruits.inventory.it.Stockroom.freshLot;
import static dev.dryfruits.inventory.it.Stockroom.lot;
import static dev.dryfruits.inventory.it.Stockroom.newSeller;
import static dev.dryfruits.inventory.it.Stockroom.newSku;
import static dev.dryfruits.inventory.it.Stockroom.published;
import static dev.dryfruits.inventory.it.Stockroom.reservation;
import static dev.dryfruits.inventory.it.Stockroom.otherServiceToken;
import static dev.dryfruits.inventory.it.Stockroom.serviceToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.dryfruits.inventory.it.Stockroom.Seller;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObject;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stock by lot on Liberty with a real PostgreSQL and Kafka broker. */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return dev.dryfruits.testing.ServiceArchive.built();
    }

    @Test
    void aLotIsSoldOnlyOnceReleasedAndItsStockAnnounced() {
        Seller seller = newSeller();
        String sku = newSku();
        published(seller, sku);
        String lotId = receive(seller, freshLot(sku, 10, 240));
        JsonPath lot = as(seller.token()).get("/api/inventory/lots/" + lotId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(lot.getString("status")).isEqualTo("QUARANTINED");
        assertThat(lot.getInt("available")).isZero();
        assertThat(lot.getList("history.kind")).containsExactly("RECEIVED");
        assertThat(available(sku)).isZero();

        decision(lotId, "LotReleased", "Lab report LR-1 passed");
        await().atMost(WITHIN).until(() -> available(sku) == 10);
        as(seller.token()).get("/api/inventory/lots/" + lotId).then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("available", equalTo(10))
                .body("history.kind", equalTo(List.of("RECEIVED", "RELEASED")));

        List<JsonObject> events = TestEvents.keyed("dryfruits.inventory", sku, 1);
        assertThat(TestEvents.names(events)).containsExactly("StockChanged");
        assertThat(events.get(0).getJsonObject("data").getInt("available")).isEqualTo(10);
        JsonObject received = TestEvents.keyed("dryfruits.inventory", lotId, 1).get(0);
        assertThat(received.getString("type")).isEqualTo("dev.dryfruits.LotReceived");
        assertThat(received.getJsonObject("data").getString("category")).isEqualTo("almonds");

        as(seller.token()).queryParam("sku", sku).get("/api/inventory/lots").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(lotId));
    }

    @Test
    void reservationsTakeTheEarliestExpiryFirstAndSkipLotsTooCloseToExpiry() {
        Seller seller = newSeller();
        String sku = newSku();
        published(seller, sku);
        String late = released(seller, freshLot(sku, 5, 300));
        String early = released(seller, freshLot(sku, 5, 200));
        String tooClose = released(seller, lot(sku, 5, TODAY.minusDays(300), TODAY.plusDays(30)));
        await().atMost(WITHIN).until(() -> available(sku) == 10);
        as(seller.token()).get("/api/inventory/lots/" + tooClose).then().body("status", equalTo("RELEASED"))
                .body("available", equalTo(0));

        JsonPath reserved = as(serviceToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 7), 900))
                .post("/api/inventory/reservations").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        assertThat(reserved.getList("allocations.lotId")).containsExactly(early, late);
        assertThat(reserved.getList("allocations.quantity", Integer.class)).containsExactly(5, 2);
        assertThat(available(sku)).isEqualTo(3);

        as(otherServiceToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 1), 900))
                .post("/api/inventory/reservations").then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This service's token does not carry the scope inventory.reservations"));
        as(otherServiceToken()).get("/api/inventory/reservations/" + reserved.getString("id")).then().statusCode(403);
        assertThat(available(sku)).isEqualTo(3);

        as(adminToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 4), 900))
                .post("/api/inventory/reservations").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(sku))
                .body("errors[0].field", equalTo("lines[0].quantity"));
        assertThat(available(sku)).isEqualTo(3);
    }

    @Test
    void concurrentReservationsNeverOversell() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                Seller seller = newSeller();
                String sku = newSku();
                published(seller, sku);
                String lotId = released(seller, freshLot(sku, 10, 240));
                await().atMost(WITHIN).until(() -> available(sku) == 10);
                String token = serviceToken();
                List<Callable<Integer>> orders = new ArrayList<>();
                for (int order = 0; order < 50; order++) {
                    orders.add(() -> as(token).body(reservation(UUID.randomUUID(), Map.of(sku, 1), 900))
                            .post("/api/inventory/reservations").statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : clients.invokeAll(orders)) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
                assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
                assertThat(available(sku)).isZero();
                as(seller.token()).get("/api/inventory/lots/" + lotId).then().body("reserved", equalTo(10))
                        .body("onHand", equalTo(10));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void reservationsAreIdempotentAndExpiredOnesGiveTheirStockBack() {
        Seller seller = newSeller();
        String sku = newSku();
        published(seller, sku);
        String lotId = released(seller, freshLot(sku, 10, 240));
        await().atMost(WITHIN).until(() -> available(sku) == 10);

        UUID order = UUID.randomUUID();
        String id = as(serviceToken()).body(reservation(order, Map.of(sku, 3), 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");
        as(serviceToken()).body(reservation(order, Map.of(sku, 5), 900)).post("/api/inventory/reservations").then()
                .statusCode(200).body("id", equalTo(id)).body("lines[0].quantity", equalTo(3));
        assertThat(available(sku)).isEqualTo(7);

        as(serviceToken()).post("/api/inventory/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(serviceToken()).post("/api/inventory/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(serviceToken()).delete("/api/inventory/reservations/" + id).then().statusCode(409);
        as(seller.token()).get("/api/inventory/lots/" + lotId).then().body("onHand", equalTo(7))
                .body("reserved", equalTo(0)).body("history.kind", hasItems("SHIPPED"));
        assertThat(available(sku)).isEqualTo(7);
        as(serviceToken()).get("/api/inventory/reservations?orderId=" + order).then().statusCode(200)
                .body("id", equalTo(java.util.List.of(id)));
        as(serviceToken()).get("/api/inventory/reservations?orderId=" + UUID.randomUUID()).then().statusCode(200)
                .body("size()", equalTo(0));

        // Cancelled before dispatch: the packs go back to their lot (once), and only a confirmed reservation returns.
        as(serviceToken()).post("/api/inventory/reservations/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        as(serviceToken()).post("/api/inventory/reservations/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        await().atMost(WITHIN).until(() -> available(sku) == 10);
        as(seller.token()).get("/api/inventory/lots/" + lotId).then().body("onHand", equalTo(10))
                .body("history.kind", hasItems("SHIPPED", "RETURNED"));
        id = as(serviceToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 3), 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");
        as(serviceToken()).post("/api/inventory/reservations/" + id + "/return").then().statusCode(409);
        as(serviceToken()).post("/api/inventory/reservations/" + id + "/confirm").then().statusCode(200);
        assertThat(available(sku)).isEqualTo(7);

        String shortLived = as(serviceToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 4), 1))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");
        assertThat(available(sku)).isEqualTo(3);
        await().atMost(WITHIN).until(() -> available(sku) == 7);
        as(serviceToken()).get("/api/inventory/reservations/" + shortLived).then().body("status", equalTo("EXPIRED"));
        as(serviceToken()).post("/api/inventory/reservations/" + shortLived + "/confirm").then().statusCode(409)
                .contentType("application/problem+json");

        String released = as(adminToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 2), 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");
        as(adminToken()).delete("/api/inventory/reservations/" + released).then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        as(adminToken()).delete("/api/inventory/reservations/" + released).then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        assertThat(available(sku)).isEqualTo(7);
    }

    @Test
    void aRecallBlocksTheLotAndTracesTheOrdersThatReceivedIt() {
        Seller seller = newSeller();
        String sku = newSku();
        published(seller, sku);
        String lotId = released(seller, freshLot(sku, 10, 240));
        await().atMost(WITHIN).until(() -> available(sku) == 10);
        UUID shipped = UUID.randomUUID();
        String confirmed = as(serviceToken()).body(reservation(shipped, Map.of(sku, 3), 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");
        as(serviceToken()).post("/api/inventory/reservations/" + confirmed + "/confirm").then().statusCode(200);
        UUID pending = UUID.randomUUID();
        String active = as(serviceToken()).body(reservation(pending, Map.of(sku, 2), 900))
                .post("/api/inventory/reservations").then().statusCode(201).extract().path("id");

        as(adminToken()).get("/api/inventory/lots/" + lotId + "/trace").then().statusCode(200)
                .body("orders.orderId", equalTo(List.of(shipped.toString()))).body("quantityShipped", equalTo(3));

        decision(lotId, "LotRecalled", "Aflatoxin total 18.0 µg/kg over the FSSAI limit 15");
        await().atMost(WITHIN).until(() -> "RECALLED".equals(as(seller.token()).get("/api/inventory/lots/" + lotId)
                .path("status")));
        assertThat(available(sku)).isZero();
        as(serviceToken()).get("/api/inventory/reservations/" + active).then().body("status", equalTo("RELEASED"));
        JsonObject traced = TestEvents.keyed("dryfruits.inventory", lotId, 2).get(1);
        assertThat(traced.getString("type")).isEqualTo("dev.dryfruits.LotRecallTraced");
        assertThat(traced.getJsonObject("data").getJsonArray("orders").getJsonObject(0).getString("orderId"))
                .isEqualTo(shipped.toString());
        assertThat(TestEvents.names(TestEvents.keyed("dryfruits.inventory", pending.toString(), 1)))
                .containsExactly("ReservationCancelled");
    }

    @Test
    void onlyTheSellerSeesAndAdjustsTheirLots() {
        Seller owner = newSeller();
        Seller other = newSeller();
        String sku = newSku();
        published(owner, sku);
        String lotId = receive(owner, freshLot(sku, 10, 240));

        as(other.token()).get("/api/inventory/lots/" + lotId).then().statusCode(404);
        as(other.token()).body(Map.of("delta", -1, "reason", "mine now")).post("/api/inventory/lots/" + lotId
                + "/adjustments").then().statusCode(404);
        as(other.token()).get("/api/inventory/lots").then().statusCode(200).body("total", equalTo(0));
        as(other.token()).body(freshLot(sku, 5, 240)).post("/api/inventory/lots").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sku")));
        as(customerToken()).body(freshLot(sku, 5, 240)).post("/api/inventory/lots").then().statusCode(403);
        api().body(freshLot(sku, 5, 240)).post("/api/inventory/lots").then().statusCode(401);
        as(customerToken()).body(reservation(UUID.randomUUID(), Map.of(sku, 1), 60))
                .post("/api/inventory/reservations").then().statusCode(403);
        as(owner.token()).get("/api/inventory/lots/" + lotId + "/trace").then().statusCode(403);

        as(owner.token()).body(Map.of("delta", -2, "reason", "Two pouches torn in handling"))
                .post("/api/inventory/lots/" + lotId + "/adjustments").then().statusCode(200)
                .body("onHand", equalTo(8)).body("history.kind", equalTo(List.of("RECEIVED", "ADJUSTED")))
                .body("history[1].reason", equalTo("Two pouches torn in handling"));
        as(owner.token()).body(Map.of("delta", -9, "reason", "Lost")).post("/api/inventory/lots/" + lotId
                + "/adjustments").then().statusCode(409).contentType("application/problem+json");
        as(owner.token()).body(Map.of("delta", 1)).post("/api/inventory/lots/" + lotId + "/adjustments").then()
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as(adminToken()).get("/api/inventory/lots/" + lotId).then().statusCode(200);
    }

    @Test
    void badLotsAreRefusedWithEveryFieldNamed() {
        Seller seller = newSeller();
        String sku = newSku();
        published(seller, sku);
        Map<String, Object> first = freshLot(sku, 10, 240);
        receive(seller, first);
        as(seller.token()).body(first).post("/api/inventory/lots").then().statusCode(409)
                .body("type", equalTo("urn:dryfruits:problem:lot-number-taken"));
        Map<String, Object> bad = lot(sku, 0, TODAY.plusDays(3), TODAY.minusDays(1));
        bad.put("originCountry", "Narnia");
        as(seller.token()).body(bad).post("/api/inventory/lots").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("quantity", "originCountry", "packedOn", "bestBefore")));
        api().queryParam("sku", sku).queryParam("sku", "NOBODY-SELLS-THIS").get("/api/inventory/availability")
                .then().statusCode(200).body("items.sku", equalTo(List.of(sku, "NOBODY-SELLS-THIS")))
                .body("items.available", equalTo(List.of(0, 0)));
        api().get("/api/inventory/availability").then().statusCode(400);
    }

    /** Receives the lot once its SKU's ProductPublished has arrived (until then the SKU is refused with 400). */
    private String receive(Seller seller, Map<String, Object> lot) {
        Response[] answer = new Response[1];
        await().atMost(WITHIN).until(() -> {
            answer[0] = as(seller.token()).body(lot).post("/api/inventory/lots");
            return answer[0].statusCode() != 400;
        });
        return answer[0].then().statusCode(201).body("status", equalTo("QUARANTINED")).extract().path("id");
    }

    private String released(Seller seller, Map<String, Object> lot) {
        String id = receive(seller, lot);
        decision(id, "LotReleased", "Lab report passed");
        await().atMost(WITHIN).until(() -> "RELEASED".equals(as(seller.token()).get("/api/inventory/lots/" + id)
                .path("status")));
        return id;
    }

    private int available(String sku) {
        return api().queryParam("sku", sku).get("/api/inventory/availability").then().statusCode(200).extract()
                .path("items[0].available");
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON);
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token);
    }
}
