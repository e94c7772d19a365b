package dev.dryfruits.inventory.it;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.TestEvents;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sellers, their SKUs (published as the product service would), lots, and quality decisions for the tests. */
final class Stockroom {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));

    private Stockroom() {
    }

    record Seller(UUID id, String token) {
    }

    static Seller newSeller() {
        UUID id = UUID.randomUUID();
        return new Seller(id, ItServerSession.tokens().tokenFor(id, "seller." + id + "@example.com", "SELLER"));
    }

    static String adminToken() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "admin@example.com", "ADMIN");
    }

    /** The order service's own token, with the scope the platform gives it for reservations. */
    static String serviceToken() {
        return ItServerSession.tokens().serviceToken("order", "inventory.reservations");
    }

    /** Another service's token, without that scope. */
    static String otherServiceToken() {
        return ItServerSession.tokens().serviceToken("shipping", "order.shipments");
    }

    static String customerToken() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "customer@example.com", "CUSTOMER");
    }

    /** A listing of the seller's goes live with these SKUs (ProductPublished, as the product service sends it). */
    static void published(Seller seller, String... skus) {
        UUID productId = UUID.randomUUID();
        JsonArrayBuilder variants = Json.createArrayBuilder();
        int grams = 250;
        for (String sku : skus) {
            variants.add(Json.createObjectBuilder().add("sku", sku).add("packGrams", grams));
            grams *= 2;
        }
        TestEvents.send("dryfruits.products", productId.toString(), TestEvents.envelope("product",
                "ProductPublished", productId, Json.createObjectBuilder().add("productId", productId.toString())
                        .add("sellerId", seller.id().toString()).add("name", "California Almonds")
                        .add("category", "almonds").add("variants", variants).build()));
    }

    /** The quality service's decision on a lot: LotReleased, LotQuarantined or LotRecalled. */
    static void decision(String lotId, String name, String reason) {
        TestEvents.send("dryfruits.lot-quality", lotId, TestEvents.envelope("quality", name, lotId,
                Json.createObjectBuilder().add("lotId", lotId).add("reason", reason).build()));
    }

    static String newSku() {
        return "ALM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> lot(String sku, int quantity, LocalDate packedOn, LocalDate bestBefore) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("lotNumber", "LOT-" + UUID.randomUUID().toString().substring(0, 13));
        body.put("quantity", quantity);
        body.put("originCountry", "US");
        body.put("originRegion", "California");
        body.put("cropYear", packedOn.getYear());
        body.put("packedOn", packedOn.toString());
        body.put("bestBefore", bestBefore.toString());
        return body;
    }

    /** A lot with most of its shelf life ahead. */
    static Map<String, Object> freshLot(String sku, int quantity, int bestBeforeInDays) {
        return lot(sku, quantity, TODAY.minusDays(10), TODAY.plusDays(bestBeforeInDays));
    }

    static Map<String, Object> reservation(UUID orderId, Map<String, Integer> lines, int ttlSeconds) {
        return Map.of("orderId", orderId.toString(), "ttlSeconds", ttlSeconds, "lines", lines.entrySet().stream()
                .map(line -> Map.of("sku", line.getKey(), "quantity", line.getValue())).toList());
    }
}
