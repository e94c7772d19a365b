package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PASSWORD;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** New sellers taken through verification, and their listings through review, as a new user would. */
final class Sellers {

    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Sellers() {
    }

    record Seller(String id, String email, String token) {
    }

    record Listing(String id, List<String> skus) {
    }

    /** Registered, signed in, business details submitted (a GSTIN of its own) and approved by the administrator. */
    static Seller verified(String admin) {
        Seller seller = registeredWithBusinessDetails();
        as(admin).post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(200);
        return seller;
    }

    /** Registered, signed in, business details submitted (a GSTIN of its own): waiting for approval. */
    static Seller registeredWithBusinessDetails() {
        String email = Api.newEmail("seller");
        String id = Api.register(email, "SELLER");
        String token = Api.login(email, PASSWORD).getString("accessToken");
        String pan = randomPan();
        String first14 = "27" + pan + "1Z";
        as(token).body(Map.of("legalName", "Walnut Grove Traders " + id.substring(0, 8),
                        "gstin", first14 + checkCharacter(first14), "pan", pan,
                        "fssaiLicenseNumber", "11521999000123", "fssaiLicenseExpiry", "2030-03-31",
                        "address", Map.of("line1", "APMC Yard", "city", "Navi Mumbai", "state", "Maharashtra",
                                "postalCode", "400703", "country", "IN")))
                .post("/api/sellers/me/verification").then().statusCode(202);
        return new Seller(id, email, token);
    }

    /** California almonds in 250 g, 500 g and 1 kg, complete, submitted and approved: LIVE. */
    static Listing liveAlmonds(Seller seller, String admin) {
        // At once, even right after the seller's approval (the product service asks the quality service).
        String id = as(seller.token()).body(almondListing()).post("/api/products").then().statusCode(201).extract()
                .path("id");
        as(seller.token()).post("/api/products/" + id + "/submit").then().statusCode(200);
        List<String> skus = as(admin).post("/api/admin/products/" + id + "/approve").then().statusCode(200)
                .extract().path("variants.sku");
        return new Listing(id, skus);
    }

    /** A complete listing of California almonds in 250 g, 500 g and 1 kg (a grade of its own). */
    static Map<String, Object> almondListing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "California Almonds");
        body.put("category", "almonds");
        body.put("variety", "Nonpareil");
        body.put("grade", "US Extra No. 1 (" + UUID.randomUUID() + ")");
        body.put("originCountry", "US");
        body.put("originRegion", "California");
        body.put("description", "Nonpareil almonds, size 23/25");
        body.put("organic", false);
        body.put("allergens", List.of("TREE_NUTS"));
        body.put("shelfLifeDays", 270);
        body.put("storage", "Cool and dry");
        body.put("packaging", "Nitrogen-flushed pouch");
        body.put("packerName", "Walnut Grove Traders");
        body.put("packerAddress", "APMC Yard, Vashi, Navi Mumbai 400703");
        body.put("consumerCare", "care@walnutgrove.example");
        body.put("variants", List.of(pack(250, "349.00", "399.00"), pack(500, "679.00", "779.00"),
                pack(1000, "1299.00", "1499.00")));
        return body;
    }

    private static Map<String, Object> pack(int grams, String price, String mrp) {
        return Map.of("packGrams", grams, "price", Map.of("amount", price, "currency", "INR"),
                "mrp", Map.of("amount", mrp, "currency", "INR"));
    }

    private static String randomPan() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder pan = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            pan.append((char) ('A' + random.nextInt(26)));
        }
        pan.append('C').append((char) ('A' + random.nextInt(26)));
        pan.append(String.format("%04d", random.nextInt(10_000)));
        return pan.append((char) ('A' + random.nextInt(26))).toString();
    }

    /** The GSTIN check character: the published base-36 weighted checksum. */
    private static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = BASE36.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return BASE36.charAt((36 - sum % 36) % 36);
    }

    static RequestSpecification as(String token) {
        return Api.gateway().auth().oauth2(token);
    }
}
