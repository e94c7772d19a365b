package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PASSWORD;
import static dev.dryfruits.it.Api.PROBLEM;
import static dev.dryfruits.it.Api.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 2 and 3: registration, sign-in, tokens and roles, through http://localhost:8080 (+ offset). */
class IdentityThroughGatewayIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aCustomerRegistersSignsInAndReadsTheirProfile() {
        String email = Api.newEmail("asha");
        Api.register(email, "CUSTOMER");
        String token = Api.login(email, PASSWORD).getString("accessToken");

        gateway().auth().oauth2(token).get("/api/users/me").then()
                .statusCode(200).body("email", equalTo(email.toLowerCase()));
    }

    @Test
    void theGatewayRefusesMissingUnsignedForeignAndTamperedTokens() throws Exception {
        String token = Api.newCustomerToken();

        gateway().get("/api/users/me").then().statusCode(401).contentType(PROBLEM);
        for (String forged : List.of(ForgedTokens.unsigned(token), ForgedTokens.signedByAnotherKey(token),
                ForgedTokens.tampered(token))) {
            gateway().auth().oauth2(forged).get("/api/users/me").then()
                    .statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        }
    }

    @Test
    void theServiceChecksTokensItselfTooTheGatewayIsNotTheOnlyLock() throws Exception {
        String forged = ForgedTokens.signedByAnotherKey(Api.newCustomerToken());

        RestAssured.given().baseUri(LocalPlatform.service("user")).auth().oauth2(forged).get("/api/users/me").then()
                .statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aRefreshTokenWorksOnceAndNotAfterSignOut() {
        String email = Api.newEmail("refresh");
        Api.register(email, "CUSTOMER");
        JsonPath tokens = Api.login(email, PASSWORD);

        String next = refresh(tokens.getString("refreshToken")).then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).extract().path("refreshToken");
        refresh(tokens.getString("refreshToken")).then().statusCode(401).contentType(PROBLEM);

        String session = Api.login(email, PASSWORD).getString("refreshToken");
        gateway().body("{\"refreshToken\":\"" + session + "\"}").post("/api/auth/logout").then().statusCode(204);
        refresh(session).then().statusCode(401).contentType(PROBLEM);
        refresh(next).then().statusCode(401);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        gateway().auth().oauth2(Api.newCustomerToken()).get("/api/admin/users").then()
                .statusCode(403).contentType(PROBLEM);

        String admin = Api.login(LocalPlatform.ADMIN_EMAIL, LocalPlatform.ADMIN_PASSWORD).getString("accessToken");
        gateway().auth().oauth2(admin).get("/api/admin/users").then()
                .statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void theDemoAccountsAreSeeded() {
        for (String email : List.of("asha.verma@dryfruits.local", "kashmir.orchards@dryfruits.local")) {
            Api.login(email, LocalPlatform.DEMO_PASSWORD);
        }
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return gateway().body("{\"refreshToken\":\"" + refreshToken + "\"}").post("/api/auth/refresh");
    }
}
