package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Sellers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.dryfruits.it.Sellers.Seller;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, section 3: a service that has not heard of something yet (its event is on the way) never answers as if
 * it did not exist. With Kafka stopped, no event arrives at all, so every service must ask the owner or say that the
 * news is on its way:
 * <ul>
 * <li>a seller approved a moment ago lists at once (the product service asks the quality service);</li>
 * <li>a lot for a pack size listed a moment ago is received at once (the inventory service asks the product
 * service);</li>
 * <li>a lab report for a lot received a moment ago answers 409 with Retry-After (the quality service asks the
 * inventory service, which has the lot, but cannot judge it before its details arrive), then works.</li>
 * </ul>
 */
class EventualConsistencyIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void whatWasJustDoneElsewhereIsNeverAnsweredAsIfItDidNotExist() {
        String admin = Api.adminToken();
        Seller seller = Sellers.registeredWithBusinessDetails();
        String lotId;
        LocalPlatform.dryfruits("stop", "kafka");
        try {
            as(admin).post("/api/admin/sellers/" + seller.id() + "/approve").then().statusCode(200);

            String productId = as(seller.token()).body(Sellers.almondListing()).post("/api/products").then()
                    .statusCode(201).extract().path("id");
            as(seller.token()).post("/api/products/" + productId + "/submit").then().statusCode(200);
            List<String> skus = as(admin).post("/api/admin/products/" + productId + "/approve").then()
                    .statusCode(200).extract().path("variants.sku");

            lotId = as(seller.token()).body(Lots.fresh(skus.get(0), 5)).post("/api/inventory/lots").then()
                    .statusCode(201).body("status", equalTo("QUARANTINED")).extract().path("id");

            Response tooEarly = Lots.submitLabReport(seller, lotId, "SFL-EARLY-1", "2.0");
            tooEarly.then().statusCode(409).contentType(PROBLEM).header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:dryfruits:problem:on-its-way"));
            assertThat(tooEarly.jsonPath().getString("detail")).contains("on its way");
            as(seller.token()).get("/api/quality/lots/" + lotId + "/lab-reports").then().statusCode(409);
            // A lot that does not exist anywhere is still simply not found.
            as(seller.token()).get("/api/quality/lots/" + java.util.UUID.randomUUID() + "/lab-reports").then()
                    .statusCode(404);
        } finally {
            LocalPlatform.dryfruits("start", "kafka");
        }
        // Once the events arrive, the same lab report is judged.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Lots.submitLabReport(seller, lotId, "SFL-LATER-1", "2.0").statusCode())
                        .isEqualTo(201));
    }
}
