package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PASSWORD;
import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance, as a new user would try it through the gateway: a seller is verified by the quality service,
 * lists a product with the product service, an administrator reviews both, and customers find it.
 */
class SellersAndCatalogIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aNewSellerIsVerifiedListsAProductAndCustomersFindIt() {
        String admin = Api.adminToken();
        String sellerEmail = Api.newEmail("seller");
        String sellerId = Api.register(sellerEmail, "SELLER");
        String seller = Api.login(sellerEmail, PASSWORD).getString("accessToken");
        String grade = "US Extra No. 1 (" + UUID.randomUUID() + ")";

        // 1. Not verified yet: no listing. A mistyped GSTIN is named; valid details wait for review.
        as(seller).body(almonds(grade, false)).post("/api/products").then().statusCode(403).contentType(PROBLEM);
        as(seller).body(verification("27AAPFU0939F1ZW")).post("/api/sellers/me/verification").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("gstin")));
        as(seller).body(verification("27AAPFU0939F1ZV")).post("/api/sellers/me/verification").then()
                .statusCode(202).body("status", equalTo("PENDING"));
        as(admin).queryParam("status", "PENDING").get("/api/admin/sellers").then().statusCode(200)
                .body("items.sellerId", hasItem(sellerId));

        // 2. Approved: within 10 s the seller lists 250 g / 500 g / 1 kg, completes it, and it is sold.
        as(admin).post("/api/admin/sellers/" + sellerId + "/approve").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        await().atMost(WITHIN).until(() -> as(seller).body(almonds(grade, false)).post("/api/products")
                .statusCode() == 201);
        String id = as(seller).get("/api/sellers/me/products").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
        as(seller).post("/api/products/" + id + "/submit").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("packerName", "packerAddress", "variants[0].mrp",
                        "variants[1].mrp", "variants[2].mrp")));
        as(seller).body(almonds(grade, true)).put("/api/products/" + id).then().statusCode(200);
        as(seller).post("/api/products/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"));
        as(admin).post("/api/admin/products/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("LIVE"));

        for (String query : List.of("almond", "almnd")) {
            JsonPath found = gateway().queryParam("q", query).queryParam("grade", grade).get("/api/products").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(found.getList("items.id")).as("q=" + query).containsExactly(id);
            assertThat(found.getList("items[0].variants.pricePerKg.amount"))
                    .containsExactly("1396.00", "1358.00", "1299.00");
        }

        // 3. Nobody else changes it.
        String demoSeller = Api.login("kashmir.orchards@dryfruits.local", LocalPlatform.DEMO_PASSWORD)
                .getString("accessToken");
        as(demoSeller).body(almonds(grade, true)).put("/api/products/" + id).then().statusCode(404);
        as(Api.newCustomerToken()).body(almonds(grade, true)).post("/api/products").then().statusCode(403);
        gateway().body(almonds(grade, true)).post("/api/products").then().statusCode(401).contentType(PROBLEM);

        // 4. Suspended, the seller's listings are hidden within 10 s; reinstated, they are back.
        as(admin).body(Map.of("reason", "Lab report overdue")).post("/api/admin/sellers/" + sellerId + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        await().atMost(WITHIN).untilAsserted(() -> gateway().queryParam("grade", grade).get("/api/products").then()
                .body("total", equalTo(0)));
        gateway().get("/api/products/" + id).then().statusCode(404);
        as(admin).post("/api/admin/sellers/" + sellerId + "/reinstate").then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> gateway().queryParam("grade", grade).get("/api/products").then()
                .body("total", equalTo(1)));
    }

    @Test
    void theDemoCatalogIsSearchablePagedAndFaceted() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway().queryParam("size", 100)
                .get("/api/products").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThan(19)));

        JsonPath all = gateway().queryParam("size", 10000).get("/api/products").then().statusCode(200).extract()
                .jsonPath();
        assertThat(all.getInt("size")).isEqualTo(100);
        int total = all.getInt("total");
        assertThat(countsOf(all, "category").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(countsOf(all, "category")).containsKeys("almonds", "cashews", "pistachios", "walnuts",
                "raisins", "dates", "figs", "apricots", "mixes");

        long cashews = countsOf(all, "category").get("cashews");
        JsonPath onlyCashews = gateway().queryParam("category", "cashews").queryParam("size", 100)
                .get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat((long) onlyCashews.getInt("total")).isEqualTo(cashews);
        assertThat(onlyCashews.getList("items.category")).containsOnly("cashews");
        assertThat(countsOf(onlyCashews, "grade").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(cashews);

        JsonPath w240 = gateway().queryParam("category", "cashews").queryParam("grade", "W240").get("/api/products")
                .then().statusCode(200).extract().jsonPath();
        assertThat((long) w240.getInt("total")).isEqualTo(countsOf(onlyCashews, "grade").get("W240"));
        gateway().queryParam("q", "cashw").get("/api/products").then().statusCode(200)
                .body("items.category", hasItem("cashews"));
        gateway().get("/api/categories").then().statusCode(200).body("slug", hasItem("almonds"));
    }

    private static Map<String, Long> countsOf(JsonPath result, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Map<String, Object>> entries = result.getList("facets." + facet);
        entries.forEach(entry -> counts.put((String) entry.get("value"), ((Number) entry.get("count")).longValue()));
        return counts;
    }

    private static Map<String, Object> verification(String gstin) {
        return Map.of("legalName", "Kashmir Dry Fruits Pvt Ltd", "gstin", gstin, "pan", "AAPFU0939F",
                "fssaiLicenseNumber", "11521999000123", "fssaiLicenseExpiry", "2028-03-31",
                "address", Map.of("line1", "Residency Road", "city", "Srinagar", "state", "Jammu and Kashmir",
                        "postalCode", "190001", "country", "IN"));
    }

    /** The example product; without the packer and MRPs until {@code complete}. */
    private static Map<String, Object> almonds(String grade, boolean complete) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "California Almonds");
        body.put("category", "almonds");
        body.put("variety", "Nonpareil");
        body.put("grade", grade);
        body.put("originCountry", "US");
        body.put("originRegion", "California");
        body.put("description", "Nonpareil almonds, size 23/25");
        body.put("organic", false);
        body.put("allergens", List.of("TREE_NUTS"));
        body.put("shelfLifeDays", 270);
        body.put("storage", "Cool and dry");
        body.put("packaging", "Nitrogen-flushed pouch");
        body.put("consumerCare", "care@kashmirdryfruits.example");
        if (complete) {
            body.put("packerName", "Kashmir Dry Fruits Pvt Ltd");
            body.put("packerAddress", "Residency Road, Srinagar 190001");
        }
        body.put("variants", List.of(pack(250, "349.00", "399.00", complete), pack(500, "679.00", "779.00", complete),
                pack(1000, "1299.00", "1499.00", complete)));
        return body;
    }

    private static Map<String, Object> pack(int grams, String price, String mrp, boolean withMrp) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("packGrams", grams);
        pack.put("price", Map.of("amount", price, "currency", "INR"));
        if (withMrp) {
            pack.put("mrp", Map.of("amount", mrp, "currency", "INR"));
        }
        return pack;
    }

    private static RequestSpecification as(String token) {
        return gateway().auth().oauth2(token);
    }
}
