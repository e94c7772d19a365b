package dev.dryfruits.user.it;

import dev.dryfruits.testing.ServiceArchive;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.UUID;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The user service as the build packaged it, and small helpers to call it. */
final class UserServiceDeployment {

    static final String PASSWORD = "almond-orchard-2026";

    private UserServiceDeployment() {
    }

    static WebArchive archive() {
        return ServiceArchive.built();
    }

    static RequestSpecification api(URL base) {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String registration(String email, String role) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"Test Person\",\"role\":\""
                + role + "\"}";
    }

    static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
