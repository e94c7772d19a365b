package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static dev.dryfruits.it.Sellers.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dryfruits.it.Sellers.Seller;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Lots of a seller's stock, received by the inventory service and judged by lab reports in the quality service. */
final class Lots {

    static final Duration WITHIN = Duration.ofSeconds(10);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));

    private Lots() {
    }

    static Map<String, Object> lot(String sku, int quantity, LocalDate packedOn, LocalDate bestBefore) {
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("sku", sku);
        lot.put("lotNumber", "ALM-" + UUID.randomUUID().toString().substring(0, 13));
        lot.put("quantity", quantity);
        lot.put("originCountry", "US");
        lot.put("originRegion", "California");
        lot.put("cropYear", packedOn.getYear());
        lot.put("packedOn", packedOn.toString());
        lot.put("bestBefore", bestBefore.toString());
        return lot;
    }

    /** A fresh lot: packed three weeks ago, good for eight months. */
    static Map<String, Object> fresh(String sku, int quantity) {
        return lot(sku, quantity, TODAY.minusDays(20), TODAY.plusDays(250));
    }

    /** Receives the lot: at once, even right after its listing went live (the inventory service asks). */
    static String receive(Seller seller, Map<String, Object> lot) {
        return as(seller.token()).body(lot).post("/api/inventory/lots").then().statusCode(201)
                .body("status", equalTo("QUARANTINED")).extract().path("id");
    }

    /** Received, and released by a passing lab report as soon as the quality service knows the lot. */
    static String released(Seller seller, Map<String, Object> lot) {
        String lotId = receive(seller, lot);
        labReport(seller, lotId, "PASS-" + lotId.substring(0, 8), "2.0").then().statusCode(201)
                .body("outcome", equalTo("PASS"));
        await().atMost(WITHIN).until(() -> "RELEASED".equals(as(seller.token()).get("/api/inventory/lots/" + lotId)
                .path("status")));
        return lotId;
    }

    /** Submits the lab report, again while the quality service says the lot is on its way (409). */
    static Response labReport(Seller seller, String lotId, String number, String aflatoxinTotal) {
        Response[] answer = new Response[1];
        await().atMost(WITHIN).until(() -> {
            answer[0] = submitLabReport(seller, lotId, number, aflatoxinTotal);
            return answer[0].statusCode() != 409;
        });
        return answer[0];
    }

    static Response submitLabReport(Seller seller, String lotId, String number, String aflatoxinTotal) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("laboratory", "Spectrum Food Labs, Kochi");
        report.put("reportNumber", number);
        report.put("sampledOn", TODAY.minusDays(1).toString());
        report.put("results", Map.of("moisturePct", "4.2", "aflatoxinB1", "1.5", "aflatoxinTotal", aflatoxinTotal));
        return as(seller.token()).body(report).post("/api/quality/lots/" + lotId + "/lab-reports");
    }

    static int available(String sku) {
        return gateway().queryParam("sku", sku).get("/api/inventory/availability").then().statusCode(200).extract()
                .path("items[0].available");
    }
}
