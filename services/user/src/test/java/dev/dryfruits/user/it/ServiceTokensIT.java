package dev.dryfruits.user.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.dryfruits.testing.ServiceArchive;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client-credentials grant: services get SERVICE tokens carrying the scopes the platform's policy gives them. */
@ExtendWith(ArquillianExtension.class)
class ServiceTokensIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String ORDER_SECRET = "order-it-secret-0123456789abcdef";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    private RequestSpecification tokenEndpoint() {
        return RestAssured.given().baseUri(base.toString()).contentType("application/x-www-form-urlencoded")
                .accept("application/json");
    }

    @Test
    void aServiceWithItsSecretGetsAShortLivedServiceTokenWithItsScopes() {
        JsonPath answer = tokenEndpoint().auth().preemptive().basic("order", ORDER_SECRET)
                .formParam("grant_type", "client_credentials").post("api/auth/token").then()
                .statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(300))
                .body("scope", equalTo("inventory.reservations payment.payments"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();

        JsonPath claims = claims(answer.getString("access_token"));
        assertThat(claims.getList("groups")).containsExactly("SERVICE");
        assertThat(claims.getString("client_id")).isEqualTo("order");
        assertThat(claims.getString("upn")).isEqualTo("order@services.dryfruits.local");
        assertThat(claims.getString("scope")).isEqualTo("inventory.reservations payment.payments");
        assertThat(UUID.fromString(claims.getString("sub")))
                .isEqualTo(UUID.nameUUIDFromBytes("dryfruits-service:order".getBytes(StandardCharsets.UTF_8)));
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(300);
    }

    @Test
    void aServiceMayAskForFewerScopesButNotForOthers() {
        tokenEndpoint().auth().preemptive().basic("order", ORDER_SECRET)
                .formParam("grant_type", "client_credentials").formParam("scope", "inventory.reservations")
                .post("api/auth/token").then().statusCode(200).body("scope", equalTo("inventory.reservations"));
        tokenEndpoint().auth().preemptive().basic("order", ORDER_SECRET)
                .formParam("grant_type", "client_credentials").formParam("scope", "inventory.reservations order.payments")
                .post("api/auth/token").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:invalid_scope"))
                .body("detail", equalTo("Client order may not have order.payments"));
    }

    @Test
    void theSecretMayComeInTheFormInstead() {
        tokenEndpoint().formParam("grant_type", "client_credentials").formParam("client_id", "order")
                .formParam("client_secret", ORDER_SECRET).post("api/auth/token").then().statusCode(200)
                .body("access_token", notNullValue());
    }

    @Test
    void wrongSecretsUnknownClientsAndClientsWithoutAStrongSecretGetNothing() {
        for (String[] credentials : new String[][] {{"order", ORDER_SECRET + "x"}, {"order", ""},
                {"warehouse", ORDER_SECRET}, {"payment", ORDER_SECRET}, {"shipping", "too-short"}}) {
            tokenEndpoint().auth().preemptive().basic(credentials[0], credentials[1])
                    .formParam("grant_type", "client_credentials").post("api/auth/token").then()
                    .statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", startsWith("Basic"))
                    .body("type", equalTo("urn:dryfruits:problem:invalid_client"));
        }
        tokenEndpoint().header("Authorization", "Basic not-base64!").formParam("grant_type", "client_credentials")
                .post("api/auth/token").then().statusCode(401).contentType(PROBLEM);
        tokenEndpoint().formParam("grant_type", "client_credentials").post("api/auth/token").then()
                .statusCode(401).contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:invalid_client"));
    }

    @Test
    void onlyTheClientCredentialsGrantIsIssuedHere() {
        tokenEndpoint().auth().preemptive().basic("order", ORDER_SECRET).formParam("grant_type", "password")
                .post("api/auth/token").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:dryfruits:problem:unsupported_grant_type"));
        tokenEndpoint().auth().preemptive().basic("order", ORDER_SECRET).post("api/auth/token").then()
                .statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:dryfruits:problem:invalid_request"));
    }

    private static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
