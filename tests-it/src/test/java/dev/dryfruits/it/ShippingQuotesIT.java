package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shipping quotes through the gateway, as a shopper and the order service see them: public, priced by zone and
 * billed weight; the rate cards behind them are the administrators'.
 */
class ShippingQuotesIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void anyoneChecksAPincodeAndPricesAShipment() {
        gateway().get("/api/shipping/pincodes/400001").then().statusCode(200)
                .body("city", equalTo("Mumbai")).body("states[0].name", equalTo("Maharashtra"));
        gateway().body("{\"fromPincode\": \"302001\", \"toPincode\": \"400001\", \"toState\": \"Maharashtra\","
                        + " \"paymentMethod\": \"COD\", \"collectOnDelivery\": {\"amount\": \"598.00\", \"currency\": \"INR\"},"
                        + " \"parcels\": [{\"weightGrams\": 540, \"lengthCm\": 22, \"widthCm\": 15, \"heightCm\": 8}]}")
                .post("/api/shipping/quotes").then().statusCode(200)
                .body("zone", equalTo("D")).body("billedWeightGrams", equalTo(1000))
                .body("shipping.amount", equalTo("97.00")).body("codCharge.amount", equalTo("36.00"))
                .body("total.amount", equalTo("133.00"));
    }

    @Test
    void rateCardsAreForAdministrators() {
        gateway().get("/api/admin/shipping/rate-cards").then().statusCode(401).contentType(PROBLEM);
        gateway().header("Authorization", "Bearer " + Api.newCustomerToken()).get("/api/admin/shipping/rate-cards")
                .then().statusCode(403).contentType(PROBLEM);
        gateway().header("Authorization", "Bearer " + Api.adminToken()).get("/api/admin/shipping/rate-cards").then()
                .statusCode(200).body("find { it.inForce }.effectiveFrom", equalTo("2025-04-01"));
    }
}
