package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 4: a stopped service is answered for at once, the rest of the gateway carries on, and it comes back. */
class ResilienceIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aStoppedServiceGetsA503AtOnceWhileOtherRoutesStayFast() {
        LocalPlatform.dryfruits("stop", "user");
        try {
            long stoppedAt = System.nanoTime();
            Response answer = gateway().body("{\"email\":\"x@example.com\",\"password\":\"irrelevant-here\"}")
                    .post("/api/auth/login");
            assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(2));
            answer.then().statusCode(503).contentType(PROBLEM);

            for (int i = 0; i < 15; i++) {
                gateway().get("/api/users/me").then().statusCode(401);
                Response login = gateway().body("{\"email\":\"x@example.com\",\"password\":\"irrelevant-here\"}")
                        .post("/api/auth/login");
                assertThat(login.statusCode()).isEqualTo(503);
                assertThat(login.time()).isLessThan(1000L);
            }

            long otherRoute = gateway().get("/openapi").then().statusCode(200).extract().time();
            assertThat(otherRoute).isLessThan(1000L);
            gateway().get("/api/nowhere").then().statusCode(404).contentType(PROBLEM);
        } finally {
            LocalPlatform.dryfruits("start", "user");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Api.login(LocalPlatform.ADMIN_EMAIL, LocalPlatform.ADMIN_PASSWORD));
    }
}
