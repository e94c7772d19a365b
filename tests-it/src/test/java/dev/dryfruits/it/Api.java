package dev.dryfruits.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Calls through the gateway, and the few steps most scenarios need. */
final class Api {

    static final String PROBLEM = "application/problem+json";
    static final String PASSWORD = "walnut-kernel-2026";

    private Api() {
    }

    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(LocalPlatform.gateway()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String newEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String register(String email, String role) {
        return gateway().body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                        + "\",\"fullName\":\"End To End\",\"role\":\"" + role + "\"}")
                .post("/api/users").then().statusCode(201).extract().path("id");
    }

    static JsonPath login(String email, String password) {
        return gateway().body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post("/api/auth/login").then().statusCode(200).extract().jsonPath();
    }

    /** The platform's administrator, signed in: the access token. */
    static String adminToken() {
        return login(LocalPlatform.ADMIN_EMAIL, LocalPlatform.ADMIN_PASSWORD).getString("accessToken");
    }

    /** A new customer, signed in: its access token. */
    static String newCustomerToken() {
        String email = newEmail("customer");
        register(email, "CUSTOMER");
        return login(email, PASSWORD).getString("accessToken");
    }
}
