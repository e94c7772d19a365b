package dev.dryfruits.order.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.PeerStub;
import dev.dryfruits.testing.ServiceArchive;
import dev.dryfruits.testing.TestEvents;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkout quotes on Liberty with a real PostgreSQL and Kafka broker: sellers and listings arrive as events, the
 * user and shipping services are stood in for by a stub answering as they do.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutQuoteIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final String SHIPPING = Shop.SHIPPING;
    private static String serviceToken;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @BeforeAll
    static void theOtherServicesAnswer() {
        serviceToken = Shop.standIn();
    }

    private static PeerStub peers() {
        return ItServerSession.peers();
    }

    private RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    @Test
    void aQuoteSplitsTheCartPerSellerWithTheGstEachLineContains() {
        UUID bengaluru = UUID.randomUUID();
        UUID mumbai = UUID.randomUUID();
        Shop.seller(bengaluru, "Kashmir Orchards", "29AAPFU0939F1ZV", "Karnataka", "560001");
        Shop.seller(mumbai, "Konkan Dry Fruits", "27AAPFU0939F1ZV", "Maharashtra", "400001");
        String almonds = Shop.listed(bengaluru, "0802", "349.00");
        String cashews = Shop.listed(mumbai, "080132", "549.00");
        String customerId = UUID.randomUUID().toString();
        String customer = ItServerSession.tokens().tokenFor(UUID.fromString(customerId), "c@example.com", "CUSTOMER");
        await().atMost(WITHIN).until(() -> as(customer).body("{\"quantity\": 2}").put("api/cart/lines/" + almonds)
                .statusCode() == 200);
        await().atMost(WITHIN).until(() -> as(customer).body("{\"quantity\": 1}").put("api/cart/lines/" + cashews)
                .statusCode() == 200);
        String home = Shop.address(UUID.randomUUID(), "Maharashtra", "400050");
        Shop.shippingAnswers("45.00", "0.00");

        JsonPath quote = await().atMost(WITHIN).until(() -> as(customer).body(Shop.checkout(home, "UPI"))
                .post("api/checkout/quote").then().extract().response(), response -> response.statusCode() == 200)
                .jsonPath();

        assertThat(quote.getString("placeOfSupply.code")).isEqualTo("27");
        assertThat(quote.getList("groups.sellerId")).containsExactly(bengaluru.toString(), mumbai.toString());
        // From Karnataka to Maharashtra: IGST 5 % contained in 698.00 (taxable 664.76).
        assertThat(quote.getString("groups[0].lines[0].lineTotal.amount")).isEqualTo("698.00");
        assertThat(quote.getString("groups[0].lines[0].taxableValue.amount")).isEqualTo("664.76");
        assertThat(quote.getList("groups[0].lines[0].taxes.name")).containsExactly("IGST");
        assertThat(quote.getString("groups[0].lines[0].taxes[0].rate")).isEqualTo("5");
        assertThat(quote.getString("groups[0].lines[0].taxes[0].amount.amount")).isEqualTo("33.24");
        // Within Maharashtra: CGST 2.5 % + SGST 2.5 % of 549.00's taxable value 522.86.
        assertThat(quote.getList("groups[1].lines[0].taxes.name")).containsExactly("CGST", "SGST");
        assertThat(quote.getList("groups[1].lines[0].taxes.rate")).containsExactly("2.5", "2.5");
        assertThat(quote.getList("groups[1].lines[0].taxes.amount.amount")).containsExactly("13.07", "13.07");
        assertThat(quote.getString("groups[1].lines[0].taxableValue.amount")).isEqualTo("522.86");
        assertThat(quote.getString("groups[0].shipping.amount")).isEqualTo("45.00");
        assertThat(quote.getString("groups[0].subtotal.amount")).isEqualTo("743.00");
        assertThat(quote.getString("groups[1].subtotal.amount")).isEqualTo("594.00");
        assertThat(quote.getString("codFee.amount")).isEqualTo("0.00");
        assertThat(quote.getString("total.amount")).isEqualTo("1337.00");

        // Shipping was asked as the order service itself, the address with the customer's own token.
        List<PeerStub.Asked> asked = peers().asked();
        assertThat(asked).filteredOn(call -> call.pathAndQuery().equals(SHIPPING))
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + serviceToken));
        assertThat(asked).filteredOn(call -> call.pathAndQuery().equals("/api/users/me/addresses/" + home))
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + customer));

        // Cash on delivery adds each shipment's charge.
        Shop.shippingAnswers("45.00", "36.00");
        as(customer).body(Shop.checkout(home, "COD")).post("api/checkout/quote").then().statusCode(200)
                .body("codFee.amount", equalTo("72.00")).body("total.amount", equalTo("1409.00"));
    }

    @Test
    void whatTheShippingServiceRefusesIsSaidOfTheCustomersOwnFields() {
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Rajasthan Dates", "08AAPFU0939F1ZV", "Rajasthan", "302001");
        String dates = Shop.listed(seller, "0804", "899.00");
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "d@example.com", "CUSTOMER");
        await().atMost(WITHIN).until(() -> as(customer).body("{\"quantity\": 1}").put("api/cart/lines/" + dates)
                .statusCode() == 200);
        String wrongState = Shop.address(UUID.randomUUID(), "Karnataka", "400001");
        peers().answer(SHIPPING, 400, "{\"type\": \"urn:dryfruits:problem:validation\", \"status\": 400,"
                + " \"detail\": \"toState: is Karnataka, but pincode 400001 is in Maharashtra\", \"errors\":"
                + " [{\"field\": \"toState\", \"message\": \"is Karnataka, but pincode 400001 is in Maharashtra\"}]}");
        // Once the seller's details have arrived (409 on its way until then).
        await().atMost(WITHIN).until(() -> as(customer).body(Shop.checkout(wrongState, "UPI")).post("api/checkout/quote")
                .statusCode() == 400);
        as(customer).body(Shop.checkout(wrongState, "UPI")).post("api/checkout/quote").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("addressId"))
                .body("errors[0].message", equalTo("the address's state is Karnataka, but pincode 400001 is in"
                        + " Maharashtra"));
        peers().answer(SHIPPING, 400, "{\"status\": 400, \"errors\": [{\"field\": \"paymentMethod\", \"message\":"
                + " \"cash on delivery is not available at 744101 (Andaman and Nicobar Islands); pay online instead\"}]}");
        as(customer).body(Shop.checkout(wrongState, "COD")).post("api/checkout/quote").then().statusCode(400)
                .body("errors[0].field", equalTo("paymentMethod"));
        peers().fail(SHIPPING);
        as(customer).body(Shop.checkout(wrongState, "UPI")).post("api/checkout/quote").then().statusCode(503)
                .contentType(PROBLEM).header("Retry-After", equalTo("5"));

        // Not one of the customer's addresses (the user service answers 404), and malformed requests.
        as(customer).body(Shop.checkout(UUID.randomUUID().toString(), "UPI")).post("api/checkout/quote").then()
                .statusCode(400).body("errors[0].field", equalTo("addressId"))
                .body("errors[0].message", equalTo("is not one of your addresses"));
        as(customer).body("{\"addressId\": \"x\", \"paymentMethod\": \"CHEQUE\"}").post("api/checkout/quote").then()
                .statusCode(400).body("errors.field", equalTo(List.of("addressId", "paymentMethod")));
    }

    @Test
    void anEmptyOrUnbuyableCartIsNotQuoted() {
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "e@example.com", "CUSTOMER");
        as(customer).body(Shop.checkout(UUID.randomUUID().toString(), "UPI")).post("api/checkout/quote").then()
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:cart-empty"));
        UUID seller = UUID.randomUUID();
        Shop.seller(seller, "Kerala Cashew Co", "32AAPFU0939F1ZV", "Kerala", "682001");
        String sku = Shop.listed(seller, "080132", "499.00");
        await().atMost(WITHIN).until(() -> as(customer).body("{\"quantity\": 3}").put("api/cart/lines/" + sku)
                .statusCode() == 200);
        TestEvents.send("dryfruits.inventory", sku, TestEvents.envelope("inventory", "StockChanged", sku,
                Json.createObjectBuilder().add("sku", sku).add("available", 1).add("version", 2).build()));
        await().atMost(WITHIN).untilAsserted(() -> as(customer).body(Shop.checkout(UUID.randomUUID().toString(), "UPI"))
                .post("api/checkout/quote").then().statusCode(409)
                .body("type", equalTo("urn:dryfruits:problem:cart-not-ready"))
                .body("errors[0].field", equalTo("lines[0]")));
        RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).body(Shop.checkout("x", "UPI"))
                .post("api/checkout/quote").then().statusCode(401);
    }
}
