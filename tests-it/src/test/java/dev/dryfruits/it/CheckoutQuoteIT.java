package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PASSWORD;
import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Sellers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's first acceptance step through the gateway, on the real services: a customer fills a cart from two
 * sellers and gets a quote with per-line GST (CGST + SGST from the seller in the customer's state, IGST from the
 * other) and shipping by zone from each seller's pickup pincode.
 */
class CheckoutQuoteIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aCartFromTwoSellersIsQuotedWithTheirTaxesAndShipments() {
        String admin = Api.adminToken();
        // A Maharashtra seller (GSTIN 27..., pickup in Thane) and the demo seller from Srinagar (01...).
        Sellers.Seller mumbai = Sellers.verified(admin);
        String almonds = Sellers.liveAlmonds(mumbai, admin).skus().get(0);
        Lots.released(mumbai, Lots.fresh(almonds, 10));
        String kashmirToken = Api.login("kashmir.orchards@dryfruits.local", LocalPlatform.DEMO_PASSWORD)
                .getString("accessToken");
        Sellers.Seller kashmir = new Sellers.Seller(null, "kashmir.orchards@dryfruits.local", kashmirToken);
        String kashmirPack = as(kashmirToken).queryParam("status", "LIVE").queryParam("size", 100)
                .get("/api/sellers/me/products").then().statusCode(200)
                .extract().path("items.find { it.category == 'walnuts' }.variants[0].sku");
        Lots.released(kashmir, Lots.fresh(kashmirPack, 10));

        String email = Api.newEmail("shopper");
        Api.register(email, "CUSTOMER");
        String customer = Api.login(email, PASSWORD).getString("accessToken");
        String home = as(customer).body(Map.of("label", "Home", "recipientName", "Asha Verma", "phone",
                        "+919876543210", "line1", "12 Marine Drive", "city", "Mumbai", "state", "Maharashtra",
                        "postalCode", "400001", "country", "IN"))
                .post("/api/users/me/addresses").then().statusCode(201).extract().path("id");

        await().atMost(WITHIN).until(() -> as(customer).body(Map.of("quantity", 2))
                .put("/api/cart/lines/" + almonds).statusCode() == 200);
        await().atMost(WITHIN).until(() -> as(customer).body(Map.of("quantity", 1))
                .put("/api/cart/lines/" + kashmirPack).statusCode() == 200);
        as(customer).get("/api/cart").then().statusCode(200).body("ready", equalTo(true))
                .body("itemCount", equalTo(3));

        JsonPath quote = await().atMost(WITHIN).until(() -> as(customer)
                .body(Map.of("addressId", home, "paymentMethod", "UPI")).post("/api/checkout/quote").then().extract()
                .response(), response -> response.statusCode() == 200).jsonPath();

        assertThat(quote.getString("placeOfSupply.name")).isEqualTo("Maharashtra");
        assertThat(quote.getList("groups.sellerId")).containsExactly(mumbai.id(), quote.getString("groups[1].sellerId"));
        // Within Maharashtra: CGST + SGST, zone B (Thane to Mumbai). From Jammu and Kashmir: IGST, zone D.
        assertThat(quote.getList("groups[0].lines[0].taxes.name")).containsExactly("CGST", "SGST");
        assertThat(quote.getString("groups[0].shippingZone")).isEqualTo("B");
        assertThat(quote.getList("groups[1].lines[0].taxes.name")).containsExactly("IGST");
        assertThat(quote.getString("groups[1].shippingZone")).isEqualTo("D");
        assertThat(quote.getString("groups[1].sellerGstin")).startsWith("01");
        // Every line's taxable value and taxes make its total, and the groups make the total.
        BigDecimal total = BigDecimal.ZERO;
        for (int group = 0; group < 2; group++) {
            String prefix = "groups[" + group + "].";
            BigDecimal taxes = quote.getList(prefix + "lines[0].taxes.amount.amount", String.class).stream()
                    .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(quote.getString(prefix + "lines[0].taxableValue.amount")).add(taxes))
                    .isEqualByComparingTo(quote.getString(prefix + "lines[0].lineTotal.amount"));
            total = total.add(new BigDecimal(quote.getString(prefix + "subtotal.amount")));
        }
        assertThat(total).isEqualByComparingTo(quote.getString("total.amount"));
        assertThat(quote.getString("codFee.amount")).isEqualTo("0.00");

        // Cash on delivery adds each shipment's charge; an address of someone else's is not the customer's.
        as(customer).body(Map.of("addressId", home, "paymentMethod", "COD")).post("/api/checkout/quote").then()
                .statusCode(200).body("codFee.amount", equalTo("72.00"));
        as(Api.newCustomerToken()).body(Map.of("addressId", home, "paymentMethod", "UPI"))
                .post("/api/checkout/quote").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:cart-empty"));
        as(customer).body(Map.of("addressId", java.util.UUID.randomUUID().toString(), "paymentMethod", "UPI"))
                .post("/api/checkout/quote").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("addressId")));
    }
}
