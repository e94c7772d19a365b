package dev.dryfruits.shipping.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pincode directory, quotes and rate cards on Liberty with a real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ShippingIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PACK = "{\"weightGrams\": 280, \"lengthCm\": 18, \"widthCm\": 12, \"heightCm\": 6}";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private RequestSpecification as(String role) {
        return api().header("Authorization", "Bearer " + ItServerSession.tokens().tokenFor(UUID.randomUUID(),
                role.toLowerCase() + "@example.com", role));
    }

    private static String quote(String from, String to, String state, String method, String collect, String parcels) {
        return "{\"fromPincode\": \"" + from + "\", \"toPincode\": \"" + to + "\""
                + (state == null ? "" : ", \"toState\": \"" + state + "\"") + ", \"paymentMethod\": \"" + method + "\""
                + (collect == null ? "" : ", \"collectOnDelivery\": {\"amount\": \"" + collect
                        + "\", \"currency\": \"INR\"}") + ", \"parcels\": [" + parcels + "]}";
    }

    @Test
    void aPincodeSaysWhereItIsAndWhatGoesThere() {
        api().get("api/shipping/pincodes/560001").then().statusCode(200)
                .body("city", equalTo("Bengaluru")).body("states[0].code", equalTo("29"))
                .body("states[0].name", equalTo("Karnataka")).body("serviceable", equalTo(true))
                .body("cashOnDelivery", equalTo(true));
        api().get("api/shipping/pincodes/194101").then().statusCode(200).body("states[0].name", equalTo("Ladakh"));
        api().get("api/shipping/pincodes/744101").then().statusCode(200).body("cashOnDelivery", equalTo(false));
        api().get("api/shipping/pincodes/999999").then().statusCode(404).contentType(PROBLEM);
        api().get("api/shipping/pincodes/12ab").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("pincode"));
        api().get("api/shipping/states").then().statusCode(200).body("code", hasItems("07", "26", "38"));
    }

    @Test
    void aQuoteIsPricedByZoneAndBilledWeight() {
        api().body(quote("560001", "400001", "Maharashtra", "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("C")).body("fromCity", equalTo("Bengaluru"))
                .body("toCity", equalTo("Mumbai")).body("toStateCode", equalTo("27"))
                .body("toStateName", equalTo("Maharashtra")).body("actualWeightGrams", equalTo(280))
                .body("billedWeightGrams", equalTo(500)).body("shipping.amount", equalTo("45.00"))
                .body("shipping.currency", equalTo("INR")).body("codCharge.amount", equalTo("0.00"))
                .body("total.amount", equalTo("45.00")).body("transitDays", equalTo(5))
                .body("rateCardEffectiveFrom", equalTo("2025-04-01"));
        // The same city, the same state, the rest of India, a special zone.
        api().body(quote("560001", "560076", null, "CARD", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("A")).body("shipping.amount", equalTo("30.00"));
        api().body(quote("560001", "570001", null, "CARD", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("B"));
        api().body(quote("560001", "342001", null, "NETBANKING", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("D"));
        api().body(quote("400001", "781001", null, "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("E")).body("transitDays", equalTo(9));
        // Four packs of 1 kg in one shipment: 4 kg actual, 8 slabs of 500 g; a bulky box goes by its volume.
        String kilo = "{\"weightGrams\": 1000, \"lengthCm\": 20, \"widthCm\": 15, \"heightCm\": 10, \"quantity\": 4}";
        api().body(quote("560001", "342001", null, "UPI", null, kilo)).post("api/shipping/quotes").then()
                .statusCode(200).body("billedWeightGrams", equalTo(4000)).body("shipping.amount", equalTo("379.00"));
        String bulky = "{\"weightGrams\": 800, \"lengthCm\": 30, \"widthCm\": 30, \"heightCm\": 30}";
        api().body(quote("560001", "342001", null, "UPI", null, bulky)).post("api/shipping/quotes").then()
                .statusCode(200).body("volumetricWeightGrams", equalTo(5400)).body("billedWeightGrams", equalTo(5500));
    }

    @Test
    void cashOnDeliveryAddsItsChargeWhereCashCanBeCollected() {
        api().body(quote("560001", "400001", null, "COD", "349.00", PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("codCharge.amount", equalTo("36.00")).body("total.amount", equalTo("81.00"));
        api().body(quote("560001", "400001", null, "COD", "2000.00", PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("codCharge.amount", equalTo("50.00"));
        api().body(quote("560001", "744101", null, "COD", "349.00", PACK)).post("api/shipping/quotes").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("paymentMethod"))
                .body("errors[0].message", containsString("cash on delivery is not available at 744101"));
        api().body(quote("560001", "744101", null, "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("zone", equalTo("E"));
        api().body(quote("560001", "400001", null, "COD", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(400).body("errors[0].field", equalTo("collectOnDelivery"));
    }

    @Test
    void theDeliveryStateMustBeThePincodes() {
        api().body(quote("560001", "400001", "maharashtra", "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200);
        api().body(quote("560001", "400001", "Karnataka", "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("toState"))
                .body("errors[0].message", equalTo("is Karnataka, but pincode 400001 is in Maharashtra"));
        api().body(quote("560001", "400001", "Atlantis", "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(400).body("errors[0].field", equalTo("toState"));
    }

    @Test
    void badQuotesNameEveryFieldThatIsWrong() {
        api().body(quote("560001", "999999", null, "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("toPincode"));
        api().body(quote("0123", "40000x", null, "BITCOIN", null,
                "{\"weightGrams\": 0, \"lengthCm\": 18, \"widthCm\": 12}")).post("api/shipping/quotes").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("fromPincode", "toPincode", "paymentMethod",
                        "parcels[0].weightGrams", "parcels[0].heightCm"));
        api().post("api/shipping/quotes").then().statusCode(400).contentType(PROBLEM);
        api().body("null").post("api/shipping/quotes").then().statusCode(400).contentType(PROBLEM);
        api().body("[1, 2]").post("api/shipping/quotes").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void administratorsPublishRateCardsForTheFutureOnly() {
        as("ADMIN").get("api/admin/shipping/rate-cards").then().statusCode(200)
                .body("find { it.effectiveFrom == '2025-04-01' }.zones.size()", equalTo(5));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        LocalDate day = today.plusDays(1 + (System.nanoTime() & 0xFFFF) % 3000);
        String card = card(day);
        String location = as("ADMIN").body(card).post("api/admin/shipping/rate-cards").then().statusCode(201)
                .body("effectiveFrom", equalTo(day.toString())).body("inForce", equalTo(false))
                .extract().header("Location");
        as("ADMIN").get(location.substring(1)).then().statusCode(200).body("zones[4].zone", equalTo("E"));
        as("ADMIN").body(card).post("api/admin/shipping/rate-cards").then().statusCode(409).contentType(PROBLEM);
        as("ADMIN").body(card(today)).post("api/admin/shipping/rate-cards").then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
        as("ADMIN").body(card(day.plusDays(1)).replace("\"35\"]", "\"99x\"]")).post("api/admin/shipping/rate-cards")
                .then().statusCode(400).body("errors[0].field", equalTo("codExcludedStates[0]"));
        // Today's quotes still come from the card in force today.
        api().body(quote("560001", "400001", null, "UPI", null, PACK)).post("api/shipping/quotes").then()
                .statusCode(200).body("shipping.amount", equalTo("45.00"));
        as("CUSTOMER").get("api/admin/shipping/rate-cards").then().statusCode(403).contentType(PROBLEM);
        api().get("api/admin/shipping/rate-cards").then().statusCode(401).contentType(PROBLEM);
    }

    private static String card(LocalDate from) {
        return "{\"effectiveFrom\": \"" + from + "\", \"slabGrams\": 500, \"volumetricDivisor\": 5000,"
                + " \"codFlatPaise\": 4000, \"codBasisPoints\": 200, \"metroCities\": [\"Delhi\", \"Mumbai\"],"
                + " \"specialStates\": [\"18\"], \"codExcludedStates\": [\"35\"], \"source\": \"test card\","
                + " \"zones\": [" + zone("A") + "," + zone("B") + "," + zone("C") + "," + zone("D") + "," + zone("E")
                + "]}";
    }

    private static String zone(String zone) {
        return "{\"zone\": \"" + zone + "\", \"firstSlabPaise\": 5000, \"additionalSlabPaise\": 4000,"
                + " \"transitDays\": 4}";
    }
}
