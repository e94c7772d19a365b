package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** What the platform's delivery log says, through the gateway. */
final class Notifications {

    private Notifications() {
    }

    /** The user's WELCOME emails in the delivery log: their statuses. */
    static List<String> welcomeEmailStatuses(String adminToken, String userId) {
        JsonPath log = gateway().auth().oauth2(adminToken)
                .queryParams(Map.of("userId", userId, "type", "WELCOME", "channel", "EMAIL", "size", "100"))
                .get("/api/admin/notifications").then().statusCode(200).extract().jsonPath();
        return log.getList("items.status");
    }

    static List<String> welcomeEmailIds(String adminToken, String userId) {
        return gateway().auth().oauth2(adminToken)
                .queryParams(Map.of("userId", userId, "type", "WELCOME", "channel", "EMAIL", "size", "100"))
                .get("/api/admin/notifications").then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
