package dev.dryfruits.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.dryfruits.testing.ServiceArchive;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway on Open Liberty in front of three fake services (see FakeUpstreams and the Failsafe configuration in
 * gateway/pom.xml): alpha is down, beta answers, slow hangs.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String ISSUER = "urn:dryfruits:identity";
    private static final String AUDIENCE = "dryfruits-api";

    private static FakeUpstreams upstreams;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @BeforeAll
    static void startUpstreams() throws Exception {
        upstreams = new FakeUpstreams();
    }

    @AfterAll
    static void stopUpstreams() {
        upstreams.close();
    }

    @Test
    void aDeadServiceOpensOnlyItsOwnCircuit() {
        for (int i = 0; i < 12; i++) {
            Response answer = gateway().get("/api/alpha/anything");
            answer.then().statusCode(503).contentType(PROBLEM).header("Retry-After", "5");
            assertThat(answer.time()).isLessThan(2000L);
        }
        gateway().get("/api/alpha/anything").then().statusCode(503).body("detail", containsString("stopped calling"));

        gateway().get("/api/beta/public/status/200").then().statusCode(200);
    }

    @Test
    void aServiceSheddingLoadWithRetryAfterKeepsItsCircuitClosed() {
        for (int i = 0; i < 12; i++) {
            gateway().get("/api/beta/public/busy").then().statusCode(503).header("Retry-After", "1")
                    .body("status", equalTo(503));
        }
        gateway().get("/api/beta/public/status/200").then().statusCode(200);
    }

    @Test
    void aHangingServiceGetsA504AfterItsTimeout() {
        long began = System.nanoTime();
        gateway().get("/api/slow/anything").then().statusCode(504).contentType(PROBLEM);
        assertThat((System.nanoTime() - began) / 1_000_000).isLessThan(5_000L);

        gateway().get("/api/beta/public/status/200").then().statusCode(200);
    }

    @Test
    void streamsBodiesBothWaysAndPassesOnlyEndToEndHeaders() throws Exception {
        byte[] body = new byte[900_000];
        new Random(7).nextBytes(body);

        Response echoed = gateway().header("X-Request-Id", "caller-id-7")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .header("X-Custom", "kept")
                .header("Keep-Alive", "timeout=5")
                .contentType("application/octet-stream").body(body).post("/api/beta/public/echo");

        echoed.then().statusCode(200)
                .header("X-Request-Id", "caller-id-7")
                .header("X-Upstream", "beta")
                .header("X-Seen-X-Request-Id", "caller-id-7")
                .header("X-Seen-X-Custom", "kept")
                .header("X-Seen-Keep-Alive", "(none)")
                .header("X-Seen-traceparent", containsString("0af7651916cd43dd8448eb211c80319c"))
                .header("X-Seen-traceparent", not(containsString("b7ad6b7169203331")))
                .header("X-Seen-X-Forwarded-For", "127.0.0.1");
        assertThat(echoed.getHeader("Keep-Alive")).isNotEqualTo("timeout=99");
        assertThat(sha256(echoed.asByteArray())).isEqualTo(sha256(body));
    }

    @Test
    void keepsTheServicesStatusCodesAndHeaders() {
        gateway().get("/api/beta/public/status/418").then().statusCode(418).body("status", equalTo(418));
        gateway().get("/api/beta/public/status/201").then().statusCode(201)
                .header("Location", "/api/beta/things/42");
    }

    @Test
    void refusesBodiesOverTheLimit() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        gateway().contentType("application/octet-stream").body(twoMegabytes).post("/api/beta/public/echo").then()
                .statusCode(413).contentType(PROBLEM);
    }

    @Test
    void checksTokensAtTheEdgeWithAtMostAMinuteOfClockSkew() throws Exception {
        Instant now = Instant.now();
        gateway().get("/api/beta/private").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        withToken(upstreams.token(ISSUER, AUDIENCE, now.plusSeconds(600))).get("/api/beta/private").then()
                .statusCode(200).body("secret", equalTo("walnut"));
        withToken(upstreams.token(ISSUER, AUDIENCE, now.minusSeconds(30))).get("/api/beta/private").then()
                .statusCode(200);
        withToken(upstreams.token(ISSUER, AUDIENCE, now.minusSeconds(120))).get("/api/beta/private").then()
                .statusCode(401).contentType(PROBLEM);
        withToken(upstreams.token("urn:someone-else", AUDIENCE, now.plusSeconds(600))).get("/api/beta/private")
                .then().statusCode(401);
        withToken(upstreams.token(ISSUER, "another-api", now.plusSeconds(600))).get("/api/beta/private")
                .then().statusCode(401);
        withToken("not.a.token").get("/api/beta/public/status/200").then().statusCode(401);
    }

    @Test
    void answersUnknownAndAmbiguousPathsWithProblems() {
        gateway().get("/api/nobody/home").then().statusCode(404).contentType(PROBLEM);
        gateway().urlEncodingEnabled(false).get("/api/beta/public/..%2fprivate").then().statusCode(400)
                .contentType(PROBLEM);
        gateway().urlEncodingEnabled(false).get("/api/beta/public/%2e%2e/private").then().statusCode(400)
                .contentType(PROBLEM);
        gateway().urlEncodingEnabled(false).get("/api/beta/public;x=1/status/200").then().statusCode(400);
    }

    private RequestSpecification gateway() {
        return RestAssured.given().baseUri(base.toString().replaceAll("/$", ""));
    }

    private RequestSpecification withToken(String token) {
        return gateway().header("Authorization", "Bearer " + token);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
