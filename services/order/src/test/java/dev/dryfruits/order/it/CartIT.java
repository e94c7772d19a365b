package dev.dryfruits.order.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cart on Liberty with a real PostgreSQL and Kafka broker, the catalog arriving as events. */
@ExtendWith(ArquillianExtension.class)
class CartIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    private RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private static String customer() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "customer@example.com", "CUSTOMER");
    }

    private static String sku() {
        return "ALM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static JsonObjectBuilder variant(String sku, int grams, String price) {
        return Json.createObjectBuilder().add("sku", sku).add("packGrams", grams)
                .add("price", Json.createObjectBuilder().add("amount", price).add("currency", "INR"))
                .add("shippingGrams", grams + 40).add("lengthCm", 18).add("widthCm", 12).add("heightCm", 6);
    }

    /** The product service announces a listing on sale. */
    private static UUID published(UUID seller, String name, JsonObjectBuilder... variants) {
        UUID productId = UUID.randomUUID();
        var list = Json.createArrayBuilder();
        for (JsonObjectBuilder variant : variants) {
            list.add(variant);
        }
        TestEvents.send("dryfruits.products", productId.toString(), TestEvents.envelope("product", "ProductPublished",
                productId, Json.createObjectBuilder().add("productId", productId.toString())
                        .add("sellerId", seller.toString()).add("name", name).add("category", "almonds")
                        .add("hsn", "0802").add("variants", list).build()));
        return productId;
    }

    private static void productEvent(String name, UUID productId, JsonObjectBuilder data) {
        TestEvents.send("dryfruits.products", productId.toString(), TestEvents.envelope("product", name, productId,
                data.add("productId", productId.toString()).build()));
    }

    /** The inventory service announces the packs available. */
    private static void stock(String sku, int available, long version) {
        TestEvents.send("dryfruits.inventory", sku, TestEvents.envelope("inventory", "StockChanged", sku,
                Json.createObjectBuilder().add("sku", sku).add("available", available).add("version", version)
                        .build()));
    }

    private static String quantity(int packs) {
        return "{\"quantity\": " + packs + "}";
    }

    @Test
    void aCartShowsEveryLineAtItsCurrentPriceAndAvailability() {
        String customer = customer();
        UUID seller = UUID.randomUUID();
        String small = sku();
        String large = sku();
        UUID product = published(seller, "California Almonds", variant(small, 250, "349.00"),
                variant(large, 1000, "1299.00"));
        stock(small, 10, 1);
        stock(large, 3, 1);
        await().atMost(WITHIN).until(() -> as(customer).body(quantity(2)).put("api/cart/lines/" + small)
                .statusCode() == 200);

        as(customer).body(quantity(1)).put("api/cart/lines/" + large).then().statusCode(200)
                .body("lines.sku", equalTo(java.util.List.of(small, large)))
                .body("lines[0].unitPrice.amount", equalTo("349.00"))
                .body("lines[0].lineTotal.amount", equalTo("698.00"))
                .body("lines[0].sellerId", equalTo(seller.toString()))
                .body("lines[0].packGrams", equalTo(250)).body("lines[0].status", equalTo("AVAILABLE"))
                .body("lines[0].problem", nullValue())
                .body("total.amount", equalTo("1997.00")).body("itemCount", equalTo(3)).body("ready", equalTo(true));

        // A new price shows at once; stock running short and the listing paused are said per line.
        productEvent("ProductPriceChanged", product, Json.createObjectBuilder().add("sku", small)
                .add("newPrice", Json.createObjectBuilder().add("amount", "329.00").add("currency", "INR")));
        await().atMost(WITHIN).untilAsserted(() -> as(customer).get("api/cart").then().statusCode(200)
                .body("lines[0].unitPrice.amount", equalTo("329.00")).body("total.amount", equalTo("1957.00")));
        stock(small, 1, 2);
        stock(small, 9, 1);
        await().atMost(WITHIN).untilAsserted(() -> as(customer).get("api/cart").then()
                .body("lines[0].status", equalTo("SHORT")).body("lines[0].available", equalTo(1))
                .body("lines[0].problem", equalTo("Only 1 packs are available now"))
                .body("total.amount", equalTo("1299.00")).body("ready", equalTo(false)));
        productEvent("ProductPaused", product, Json.createObjectBuilder().add("sellerId", seller.toString()));
        await().atMost(WITHIN).untilAsserted(() -> as(customer).get("api/cart").then()
                .body("lines.status", equalTo(java.util.List.of("NOT_ON_SALE", "NOT_ON_SALE")))
                .body("total.amount", equalTo("0.00")));

        // Lowering and removing always work; raising a paused line does not.
        as(customer).body(quantity(3)).put("api/cart/lines/" + small).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:not-on-sale"));
        as(customer).body(quantity(1)).put("api/cart/lines/" + small).then().statusCode(200)
                .body("lines[0].quantity", equalTo(1));
        as(customer).delete("api/cart/lines/" + large).then().statusCode(200).body("lines.size()", equalTo(1));
        as(customer).delete("api/cart/lines/" + large).then().statusCode(200).body("lines.size()", equalTo(1));
        as(customer).delete("api/cart").then().statusCode(204);
        as(customer).get("api/cart").then().statusCode(200).body("lines.size()", equalTo(0))
                .body("total.amount", equalTo("0.00")).body("ready", equalTo(false));
    }

    @Test
    void packsGoInOnlyWhileOnSaleAndInStockAndWithinTheLimits() {
        String customer = customer();
        String sku = sku();
        published(UUID.randomUUID(), "Kerala Cashews", variant(sku, 500, "549.00"));
        stock(sku, 4, 1);
        await().atMost(WITHIN).until(() -> as(customer).body(quantity(4)).put("api/cart/lines/" + sku)
                .statusCode() == 200);
        as(customer).body(quantity(5)).put("api/cart/lines/" + sku).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:insufficient-stock"))
                .body("detail", equalTo("Only 4 packs of Kerala Cashews (" + sku + ") are available"));
        as(customer).body(quantity(21)).put("api/cart/lines/" + sku).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("quantity"));
        as(customer).body(quantity(0)).put("api/cart/lines/" + sku).then().statusCode(400);
        as(customer).body("{}").put("api/cart/lines/" + sku).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));

        String soldOut = sku();
        published(UUID.randomUUID(), "Medjool Dates", variant(soldOut, 500, "899.00"));
        await().atMost(WITHIN).until(() -> as(customer).body(quantity(1)).put("api/cart/lines/" + soldOut)
                .statusCode() == 409);
        as(customer).body(quantity(1)).put("api/cart/lines/" + soldOut).then().statusCode(409)
                .body("detail", equalTo("Medjool Dates (" + soldOut + ") is out of stock"));
    }

    @Test
    void aCartHoldsAtMostThirtyPackSizes() {
        String customer = customer();
        UUID seller = UUID.randomUUID();
        JsonObjectBuilder[] variants = new JsonObjectBuilder[31];
        String[] skus = new String[31];
        for (int index = 0; index < skus.length; index++) {
            skus[index] = sku();
            variants[index] = variant(skus[index], 100 + index, "99.00");
        }
        published(seller, "Trail Mix", variants);
        for (String sku : skus) {
            stock(sku, 5, 1);
        }
        await().atMost(WITHIN).until(() -> as(customer).body(quantity(1)).put("api/cart/lines/" + skus[30])
                .statusCode() == 200);
        for (int index = 0; index < 29; index++) {
            as(customer).body(quantity(1)).put("api/cart/lines/" + skus[index]).then().statusCode(200);
        }
        as(customer).body(quantity(1)).put("api/cart/lines/" + skus[29]).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:cart-full"));
        as(customer).get("api/cart").then().body("lines.size()", equalTo(30));
    }

    @Test
    void aSkuNotHeardOfYetIsAskedOfTheProductService() {
        String customer = customer();
        String sku = sku();
        UUID product = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        ItServerSession.peers().answer("/api/products/skus/" + sku, 200, "{\"id\": \"" + product + "\", \"sellerId\": \""
                + seller + "\", \"name\": \"Afghan Figs\", \"category\": \"figs\", \"hsn\": \"0804\", \"status\":"
                + " \"LIVE\", \"variants\": [{\"sku\": \"" + sku + "\", \"packGrams\": 400, \"price\": {\"amount\":"
                + " \"799.00\", \"currency\": \"INR\"}, \"available\": 6, \"shippingGrams\": 456, \"box\":"
                + " {\"lengthCm\": 22, \"widthCm\": 15, \"heightCm\": 8}}]}");
        as(customer).body(quantity(2)).put("api/cart/lines/" + sku).then().statusCode(200)
                .body("lines[0].productName", equalTo("Afghan Figs")).body("lines[0].available", equalTo(6))
                .body("lines[0].lineTotal.amount", equalTo("1598.00"));
        // Its own announcement, when it comes, wins.
        stock(sku, 5, 1);
        await().atMost(WITHIN).untilAsserted(() -> as(customer).get("api/cart").then()
                .body("lines[0].available", equalTo(5)));

        as(customer).body(quantity(1)).put("api/cart/lines/NOPE-" + sku).then().statusCode(404).contentType(PROBLEM);
        ItServerSession.peers().fail("/api/products/skus/DOWN-" + sku);
        as(customer).body(quantity(1)).put("api/cart/lines/DOWN-" + sku).then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", equalTo("5"));
        assertThat(ItServerSession.peers().asked()).anySatisfy(asked ->
                assertThat(asked.pathAndQuery()).isEqualTo("/api/products/skus/" + sku));
    }

    @Test
    void theCartIsTheCustomersOwn() {
        RestAssured.given().baseUri(base.toString()).get("api/cart").then().statusCode(401).contentType(PROBLEM);
        String seller = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "seller@example.com", "SELLER");
        as(seller).get("api/cart").then().statusCode(403).contentType(PROBLEM);
        String one = customer();
        String other = customer();
        String sku = sku();
        published(UUID.randomUUID(), "Iranian Pistachios", variant(sku, 250, "499.00"));
        stock(sku, 8, 1);
        await().atMost(WITHIN).until(() -> as(one).body(quantity(1)).put("api/cart/lines/" + sku).statusCode() == 200);
        as(other).get("api/cart").then().statusCode(200).body("lines.size()", equalTo(0));
    }
}
