package dev.dryfruits.product.it;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.TestEvents;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sellers, their standing (sent as the quality service would), and product bodies for the tests. */
final class Listings {

    static final String SELLERS_TOPIC = "dryfruits.sellers";

    private Listings() {
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

    static String customerToken() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "customer@example.com", "CUSTOMER");
    }

    /** The quality service's word on a seller: SellerVerified, SellerSuspended, SellerReinstated... */
    static void sellerEvent(Seller seller, String name) {
        TestEvents.send(SELLERS_TOPIC, seller.id().toString(), TestEvents.envelope("quality", name, seller.id(),
                Json.createObjectBuilder().add("sellerId", seller.id().toString())
                        .add("legalName", "Seller " + seller.id()).build()));
    }

    /** A listing with everything but the packer and MRPs, which Legal Metrology needs before sale. */
    static Map<String, Object> incompleteAlmonds(String grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "California Almonds");
        body.put("category", "almonds");
        body.put("variety", "Nonpareil");
        body.put("grade", grade);
        body.put("originCountry", "US");
        body.put("originRegion", "California");
        body.put("description", "Crunchy Nonpareil almonds, size 23/25.");
        body.put("organic", false);
        body.put("allergens", List.of("TREE_NUTS"));
        body.put("shelfLifeDays", 270);
        body.put("storage", "Cool and dry");
        body.put("packaging", "Nitrogen-flushed pouch");
        body.put("consumerCare", "care@example.com, +91 80 4000 0000");
        body.put("images", List.of("https://images.dryfruits.example/almonds/nonpareil.jpg"));
        List<Map<String, Object>> variants = new ArrayList<>();
        variants.add(Map.of("packGrams", 250, "price", inr("349.00")));
        variants.add(Map.of("packGrams", 500, "price", inr("679.00")));
        variants.add(Map.of("packGrams", 1000, "price", inr("1299.00")));
        body.put("variants", variants);
        return body;
    }

    /** What completes {@link #incompleteAlmonds}: a merge patch. */
    static Map<String, Object> legalMetrologyPatch() {
        return Map.of("packerName", "Sunrise Packers Pvt Ltd",
                "packerAddress", "Plot 12, APMC Yard, Vashi, Navi Mumbai 400703",
                "variants", List.of(
                        Map.of("packGrams", 250, "price", inr("349.00"), "mrp", inr("399.00")),
                        Map.of("packGrams", 500, "price", inr("679.00"), "mrp", inr("779.00")),
                        Map.of("packGrams", 1000, "price", inr("1299.00"), "mrp", inr("1499.00"))));
    }

    static Map<String, Object> completeAlmonds(String grade) {
        Map<String, Object> body = incompleteAlmonds(grade);
        body.putAll(legalMetrologyPatch());
        return body;
    }

    static Map<String, String> inr(String amount) {
        return Map.of("amount", amount, "currency", "INR");
    }
}
