package dev.dryfruits.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The payment processor's sandbox is part of the platform: up, healthy, and only for the merchant's credentials. */
class PaymentSandboxIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void theSandboxRunsWithThePlatformAndRefusesStrangers() {
        assertThat(LocalPlatform.state("payment-sandbox")).isEqualTo("ready");
        String sandbox = "http://127.0.0.1:" + LocalPlatform.port(13300);
        RestAssured.given().baseUri(sandbox).get("/health").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().baseUri(sandbox).auth().preemptive().basic("rzp_sandbox_dryfruits", "guess")
                .contentType("application/json").header("Idempotency-Key", "k-1")
                .body("{\"amount\": 34900, \"currency\": \"INR\", \"method\": \"upi\", \"reference\": \"o\","
                        + " \"upi\": {\"vpa\": \"success@sandbox\"}}")
                .post("/v1/payments").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }
}
