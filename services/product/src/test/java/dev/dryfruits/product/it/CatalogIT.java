package dev.dryfruits.product.it;

import static dev.dryfruits.product.it.Listings.adminToken;
import static dev.dryfruits.product.it.Listings.completeAlmonds;
import static dev.dryfruits.product.it.Listings.customerToken;
import static dev.dryfruits.product.it.Listings.incompleteAlmonds;
import static dev.dryfruits.product.it.Listings.inr;
import static dev.dryfruits.product.it.Listings.legalMetrologyPatch;
import static dev.dryfruits.product.it.Listings.newSeller;
import static dev.dryfruits.product.it.Listings.sellerEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.dryfruits.product.it.Listings.Seller;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog on Liberty with a real PostgreSQL (full-text and trigram search) and Kafka broker. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return dev.dryfruits.testing.ServiceArchive.built();
    }

    @Test
    void onlyVerifiedSellersListAndAListingIsSoldOnceCompleteAndApproved() {
        Seller seller = newSeller();
        String grade = "US Extra No. 1 " + UUID.randomUUID();
        as(seller.token()).body(completeAlmonds(grade)).post("/api/products").then().statusCode(403)
                .contentType("application/problem+json");

        sellerEvent(seller, "SellerVerified");
        await().atMost(WITHIN).until(() -> as(seller.token()).body(incompleteAlmonds(grade)).post("/api/products")
                .statusCode() == 201);
        JsonPath mine = as(seller.token()).get("/api/sellers/me/products").then().statusCode(200).extract()
                .jsonPath();
        assertThat(mine.getInt("total")).isEqualTo(1);
        String id = mine.getString("items[0].id");
        assertThat(mine.getString("items[0].status")).isEqualTo("DRAFT");
        assertThat(mine.getList("items[0].variants.sku")).hasSize(3).doesNotHaveDuplicates();
        assertThat(mine.getString("items[0].variants[2].pricePerKg.amount")).isEqualTo("1299.00");
        assertThat(mine.getString("items[0].variants[0].pricePerKg.amount")).isEqualTo("1396.00");

        as(seller.token()).post("/api/products/" + id + "/submit").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("packerName", "packerAddress", "variants[0].mrp",
                        "variants[1].mrp", "variants[2].mrp")));
        as(seller.token()).contentType("application/merge-patch+json").body(legalMetrologyPatch())
                .patch("/api/products/" + id).then().statusCode(200)
                .body("variety", equalTo("Nonpareil")).body("variants[1].mrp.amount", equalTo("779.00"));
        as(seller.token()).post("/api/products/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"));
        api().get("/api/products/" + id).then().statusCode(404);

        as(adminToken()).queryParam("status", "PENDING_REVIEW").queryParam("size", 100).get("/api/admin/products")
                .then().statusCode(200).body("items.id", hasItem(id));
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("LIVE"));

        api().queryParam("q", "almond").queryParam("size", 100).get("/api/products").then().statusCode(200)
                .body("items.id", hasItem(id));
        JsonPath typo = api().queryParam("q", "almnd").queryParam("size", 100).get("/api/products").then()
                .statusCode(200).extract().jsonPath();
        assertThat(typo.getList("items.id")).contains(id);
        api().get("/api/products/" + id).then().statusCode(200)
                .body("variants.pricePerKg.amount", equalTo(List.of("1396.00", "1358.00", "1299.00")))
                .body("sellerId", equalTo(seller.id().toString())).body("status", equalTo("LIVE"));

        List<JsonObject> events = TestEvents.keyed("dryfruits.products", id, 2);
        assertThat(TestEvents.names(events)).containsExactly("ProductSubmitted", "ProductPublished");
        JsonObject published = events.get(1).getJsonObject("data");
        assertThat(published.getJsonArray("variants")).hasSize(3);
        // What orders need: the HSN heading its sales are taxed by, and how each pack ships (250 g: 290 g in 18x12x6).
        assertThat(published.getString("hsn")).isEqualTo("0802");
        JsonObject small = published.getJsonArray("variants").getJsonObject(0);
        assertThat(small.getInt("shippingGrams")).isEqualTo(290);
        assertThat(List.of(small.getInt("lengthCm"), small.getInt("widthCm"), small.getInt("heightCm")))
                .containsExactly(18, 12, 6);
        api().get("/api/products/" + id).then().body("variants[0].shippingGrams", equalTo(290))
                .body("variants[0].box.lengthCm", equalTo(18)).body("hsn", equalTo("0802"));
        // The order service asks by SKU for a pack size it has not heard of yet.
        api().get("/api/products/skus/" + small.getString("sku")).then().statusCode(200).body("id", equalTo(id));
        api().get("/api/products/skus/NO-SUCH-SKU").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void nobodyButTheSellerChangesAListing() {
        Seller owner = verifiedSeller();
        Seller other = verifiedSeller();
        String id = create(owner, completeAlmonds("W-" + UUID.randomUUID()));

        as(other.token()).body(completeAlmonds("Other")).put("/api/products/" + id).then().statusCode(404);
        as(other.token()).contentType("application/merge-patch+json").body(Map.of("name", "Mine now"))
                .patch("/api/products/" + id).then().statusCode(404);
        as(other.token()).post("/api/products/" + id + "/submit").then().statusCode(404);
        as(other.token()).get("/api/sellers/me/products/" + id).then().statusCode(404);
        as(customerToken()).body(completeAlmonds("Customer")).post("/api/products").then().statusCode(403);
        api().body(completeAlmonds("Anonymous")).post("/api/products").then().statusCode(401);
        as(owner.token()).get("/api/sellers/me/products/" + id).then().statusCode(200);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnoredAndBadOnesNamed() {
        Seller seller = verifiedSeller();
        Map<String, Object> body = completeAlmonds("Forged");
        body.put("id", UUID.randomUUID().toString());
        body.put("sellerId", UUID.randomUUID().toString());
        body.put("status", "LIVE");
        body.put("createdAt", "2020-01-01T00:00:00Z");

        JsonPath created = as(seller.token()).body(body).post("/api/products").then().statusCode(201).extract()
                .jsonPath();
        assertThat(created.getString("id")).isNotEqualTo(body.get("id"));
        assertThat(created.getString("sellerId")).isEqualTo(seller.id().toString());
        assertThat(created.getString("status")).isEqualTo("DRAFT");

        Map<String, Object> unsafe = completeAlmonds("Unsafe");
        unsafe.put("images", List.of("https://169.254.169.254/latest/meta-data/iam"));
        unsafe.put("variants", List.of(Map.of("packGrams", 250, "price", inr("499.00"), "mrp", inr("399.00"))));
        as(seller.token()).body(unsafe).post("/api/products").then().statusCode(400)
                .body("errors.field", equalTo(List.of("images[0]", "variants[0].price")));
        as(seller.token()).body("{\"name\": ").post("/api/products").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSuspendedSellersListingsDisappearUntilReinstated() {
        Seller seller = verifiedSeller();
        String grade = "Suspension " + UUID.randomUUID();
        String id = live(seller, completeAlmonds(grade));
        api().queryParam("grade", grade).get("/api/products").then().body("total", equalTo(1));

        sellerEvent(seller, "SellerSuspended");
        await().atMost(WITHIN).untilAsserted(() -> api().queryParam("grade", grade).get("/api/products").then()
                .body("total", equalTo(0)));
        api().get("/api/products/" + id).then().statusCode(404);
        as(seller.token()).body(completeAlmonds(grade)).post("/api/products").then().statusCode(403);

        sellerEvent(seller, "SellerReinstated");
        await().atMost(WITHIN).untilAsserted(() -> api().queryParam("grade", grade).get("/api/products").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)));
    }

    @Test
    void aLiveListingsPriceChangesAreKeptAndPublishedAndOtherEditsNeedAPause() {
        Seller seller = verifiedSeller();
        String grade = "Prices " + UUID.randomUUID();
        String id = live(seller, completeAlmonds(grade));
        String sku250 = api().get("/api/products/" + id).then().extract().path("variants[0].sku");

        Map<String, Object> cheaper = completeAlmonds(grade);
        cheaper.put("variants", List.of(Map.of("packGrams", 250, "price", inr("329.00"), "mrp", inr("399.00")),
                Map.of("packGrams", 500, "price", inr("679.00"), "mrp", inr("779.00")),
                Map.of("packGrams", 1000, "price", inr("1299.00"), "mrp", inr("1499.00"))));
        as(seller.token()).body(cheaper).put("/api/products/" + id).then().statusCode(200)
                .body("status", equalTo("LIVE")).body("variants[0].price.amount", equalTo("329.00"))
                .body("variants[0].sku", equalTo(sku250));
        as(seller.token()).get("/api/products/" + id + "/price-history").then().statusCode(200)
                .body("findAll { it.sku == '" + sku250 + "' }.newPrice.amount", equalTo(List.of("349.00", "329.00")));
        assertThat(TestEvents.names(TestEvents.keyed("dryfruits.products", id, 3))).contains("ProductPriceChanged");

        as(seller.token()).contentType("application/merge-patch+json").body(Map.of("name", "Renamed Almonds"))
                .patch("/api/products/" + id).then().statusCode(409).body("detail", org.hamcrest.Matchers
                        .containsString("pause"));
        as(seller.token()).post("/api/products/" + id + "/pause").then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        api().get("/api/products/" + id).then().statusCode(404);
        as(seller.token()).post("/api/products/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("LIVE"));
        as(newSeller().token()).get("/api/products/" + id + "/price-history").then().statusCode(404);
    }

    @Test
    void searchCapsThePageAndItsFacetsAgreeWithTheResults() {
        Seller seller = verifiedSeller();
        String grade = "Facets " + UUID.randomUUID();
        Map<String, Object> organic = completeAlmonds(grade);
        organic.put("organic", true);
        organic.put("organicCertification", Map.of("scheme", "NPOP", "certificateNumber", "NPOP/NAB/0001/2025"));
        organic.put("originCountry", "IN");
        live(seller, organic);
        live(seller, completeAlmonds(grade));
        Map<String, Object> cashews = completeAlmonds(grade);
        cashews.put("name", "Cashew Kernels W240");
        cashews.put("category", "cashews");
        cashews.put("variants", List.of(Map.of("packGrams", 500, "price", inr("549.00"), "mrp", inr("599.00"))));
        live(seller, cashews);

        JsonPath all = api().queryParam("grade", grade).queryParam("size", 10000).get("/api/products").then()
                .statusCode(200).extract().jsonPath();
        assertThat(all.getInt("size")).isEqualTo(100);
        assertThat(all.getInt("total")).isEqualTo(3);
        assertThat(facet(all, "category")).containsEntry("almonds", 2).containsEntry("cashews", 1);
        assertThat(facet(all, "organic")).containsEntry("true", 1).containsEntry("false", 2);
        assertThat(facet(all, "origin")).containsEntry("IN", 1).containsEntry("US", 2);

        JsonPath organicOnly = api().queryParam("grade", grade).queryParam("organic", "true").get("/api/products")
                .then().statusCode(200).extract().jsonPath();
        assertThat(organicOnly.getInt("total")).isEqualTo(1);
        assertThat(organicOnly.getList("items.organic")).containsExactly(true);
        assertThat(facet(organicOnly, "category")).containsExactly(Map.entry("almonds", 1));

        JsonPath cheap = api().queryParam("grade", grade).queryParam("maxPrice", "400").queryParam("sort",
                "price_desc").get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat(cheap.getInt("total")).isEqualTo(2);
        assertThat(facet(cheap, "category").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);

        List<List<String>> pricesByProduct = api().queryParam("grade", grade).queryParam("sort", "PRICE_ASC")
                .get("/api/products").then().statusCode(200).extract().path("items.variants.price.amount");
        List<java.math.BigDecimal> cheapest = pricesByProduct.stream().map(prices -> prices.stream()
                .map(java.math.BigDecimal::new).min(java.math.BigDecimal::compareTo).orElseThrow()).toList();
        assertThat(cheapest).hasSize(3).isSorted();
        api().queryParam("sort", "cheapest").get("/api/products").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        api().queryParam("minPrice", "abc").get("/api/products").then().statusCode(400);
        api().get("/api/categories").then().statusCode(200).body("slug", hasItem("pistachios"))
                .body("slug", not(hasItem("chocolates")));
    }

    @Test
    void stockAnnouncedByInventoryShowsOnListingsAndFiltersSearch() {
        Seller seller = verifiedSeller();
        String grade = "Stocked " + UUID.randomUUID();
        String id = live(seller, completeAlmonds(grade));
        List<String> skus = api().get("/api/products/" + id).then().statusCode(200).body("inStock", equalTo(false))
                .body("variants.available", equalTo(List.of(0, 0, 0))).extract().path("variants.sku");
        api().queryParam("grade", grade).queryParam("inStock", "false").get("/api/products").then()
                .body("total", equalTo(1));

        stockChanged(skus.get(1), 7, 2);
        stockChanged(skus.get(1), 3, 1);   // older, arriving late: ignored
        await().atMost(WITHIN).until(() -> Boolean.TRUE.equals(api().get("/api/products/" + id).path("inStock")));
        api().get("/api/products/" + id).then().body("variants.available", equalTo(List.of(0, 7, 0)))
                .body("variants.inStock", equalTo(List.of(false, true, false)));
        JsonPath inStock = api().queryParam("grade", grade).queryParam("inStock", "true").get("/api/products")
                .then().statusCode(200).extract().jsonPath();
        assertThat(inStock.getList("items.id")).containsExactly(id);
        assertThat(facet(inStock, "inStock")).isEqualTo(Map.of("true", 1));
        api().queryParam("grade", grade).queryParam("inStock", "false").get("/api/products").then()
                .body("total", equalTo(0));
        api().queryParam("inStock", "maybe").get("/api/products").then().statusCode(400)
                .body("errors[0].field", equalTo("inStock"));

        stockChanged(skus.get(1), 0, 3);
        await().atMost(WITHIN).until(() -> Boolean.FALSE.equals(api().get("/api/products/" + id).path("inStock")));
    }

    private static void stockChanged(String sku, int available, long version) {
        TestEvents.send("dryfruits.inventory", sku, TestEvents.envelope("inventory", "StockChanged", sku,
                jakarta.json.Json.createObjectBuilder().add("sku", sku).add("available", available)
                        .add("version", version).build()));
    }

    private static Map<String, Integer> facet(JsonPath result, String name) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> entries = result.getList("facets." + name);
        entries.forEach(entry -> counts.put((String) entry.get("value"), ((Number) entry.get("count")).intValue()));
        return counts;
    }

    private Seller verifiedSeller() {
        Seller seller = newSeller();
        sellerEvent(seller, "SellerVerified");
        // Before the event is applied an empty body is refused as unverified (403), after it as invalid (400).
        await().atMost(WITHIN).until(() -> as(seller.token()).body(Map.of()).post("/api/products").statusCode()
                == 400);
        return seller;
    }

    private String create(Seller seller, Map<String, Object> body) {
        return as(seller.token()).body(body).post("/api/products").then().statusCode(201).extract().path("id");
    }

    private String live(Seller seller, Map<String, Object> body) {
        String id = create(seller, body);
        as(seller.token()).post("/api/products/" + id + "/submit").then().statusCode(200);
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON);
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token);
    }
}
