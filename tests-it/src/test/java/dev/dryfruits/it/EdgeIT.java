package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the gateway adds and what it keeps to itself. */
class EdgeIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void keepsTheCallersRequestIdAndTheServiceLogsIt() {
        String requestId = "e2e-" + UUID.randomUUID();
        gateway().header("X-Request-Id", requestId).auth().oauth2(Api.newCustomerToken()).get("/api/users/me").then()
                .statusCode(200).header("X-Request-Id", requestId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readString(LocalPlatform.log("user"))).contains(requestId));
    }

    @Test
    void givesEveryRequestAnIdWhenTheCallerDidNot() {
        gateway().get("/api/users/me").then().statusCode(401).header("X-Request-Id", notNullValue())
                .body("requestId", notNullValue());
    }

    @Test
    void servesOneOpenApiDocumentForThePublicApiOnly() {
        gateway().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/users"))
                .body("paths", hasKey("/api/auth/login"))
                .body("paths", not(hasKey("/health")))
                .body("components.securitySchemes", hasKey("jwt"));
        gateway().get("/openapi/ui/").then().statusCode(200);
    }

    @Test
    void neverExposesServiceInternals() {
        for (String internal : new String[] {"/api/metrics", "/api/health", "/api/openapi", "/api/ibm/api",
                "/api/adminCenter"}) {
            gateway().get(internal).then().statusCode(404).contentType(PROBLEM);
        }
        // The gateway's own management endpoints want an administrator over HTTPS.
        gateway().redirects().follow(false).get("/metrics").then().statusCode(not(equalTo(200)));
        gateway().redirects().follow(false).get("/ibm/api/").then().statusCode(not(equalTo(200)));
    }

    @Test
    void refusesPathsThatCouldSlipPastTheRouteChecks() {
        gateway().urlEncodingEnabled(false).get("/api/auth/..%2fadmin/users").then().statusCode(400)
                .contentType(PROBLEM);
        gateway().urlEncodingEnabled(false).get("/api/auth/%2e%2e/admin/users").then().statusCode(400)
                .contentType(PROBLEM);
    }
}
