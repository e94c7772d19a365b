package dev.dryfruits.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dryfruits.testing.ItServerSession;
import dev.dryfruits.testing.ServiceArchive;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notification service on Liberty with a real PostgreSQL, Kafka broker and SMTP server. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.built();
    }

    @Test
    void anEventDeliveredTwiceGivesOneWelcomeEmail() throws Exception {
        UUID user = UUID.randomUUID();
        String email = "twice." + user + "@example.com";
        String event = Events.userRegistered(user, email, "Meera Iyer", null);
        Events.send(user.toString(), event);
        Events.send(user.toString(), event);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(user).getList("items")).hasSize(1));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(notificationsOf(user).getString("items[0].status")).isEqualTo("SENT"));
        List<MimeMessage> mailbox = ItServerSession.mail().messagesTo(email);
        assertThat(mailbox).hasSize(1);
        assertThat(mailbox.get(0).getSubject()).contains("Meera Iyer");
        assertThat(mailbox.get(0).getMessageID()).isEqualTo("<" + notificationsOf(user).getString("items[0].id")
                + "@dryfruits.local>");
        Thread.sleep(1500);
        assertThat(notificationsOf(user).getList("items")).hasSize(1);
    }

    @Test
    void anSmsGoesThroughTheSandboxAndTheUserSeesTheirOwnMessages() {
        UUID user = UUID.randomUUID();
        Events.send(user.toString(), Events.userRegistered(user, "sms." + user + "@example.com", "Arjun Rao",
                "+919800011122"));

        await().atMost(PATIENCE).untilAsserted(() -> admin().queryParam("phone", "+919800011122")
                .get("/api/admin/sms-sandbox").then().statusCode(200)
                .body("items[0].body", org.hamcrest.Matchers.containsString("Arjun Rao")));
        String token = ItServerSession.tokens().tokenFor(user, "sms." + user + "@example.com", "CUSTOMER");
        await().atMost(PATIENCE).untilAsserted(() -> api().auth().oauth2(token).get("/api/notifications/me").then()
                .statusCode(200).body("total", equalTo(2)).body("items[0].lastError", equalTo(null)));
        api().auth().oauth2(token).get("/api/admin/notifications").then().statusCode(403);
    }

    @Test
    void aSellerHearsWhenTheirLotFailsItsLabTestsWhateverTheirPreferences() throws Exception {
        UUID seller = UUID.randomUUID();
        String email = "grower." + seller + "@example.com";
        String token = ItServerSession.tokens().tokenFor(seller, email, "SELLER");
        api().auth().oauth2(token).body(Map.of("email", false, "sms", false)).put("/api/notifications/preferences")
                .then().statusCode(200);
        Events.send(seller.toString(), Events.userRegistered(seller, email, "Nuts Grower", null));
        Events.send("dryfruits.lot-quality", seller.toString(), Events.lotQuarantined(seller, "ALM-2026-0042"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ItServerSession.mail().messagesTo(email)).hasSize(1));
        MimeMessage message = ItServerSession.mail().messagesTo(email).get(0);
        assertThat(message.getSubject()).contains("ALM-2026-0042").contains("failed its lab tests");
        assertThat(plainText(message)).contains("aflatoxinTotal: 18 µg/kg, limit 15 µg/kg");
    }

    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int index = 0; index < multipart.getCount(); index++) {
                String text = plainText(multipart.getBodyPart(index));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void preferencesHoldBackOrdinaryMessagesButNotTransactionalOnes() throws Exception {
        UUID user = UUID.randomUUID();
        String email = "quiet." + user + "@example.com";
        String token = ItServerSession.tokens().tokenFor(user, email, "CUSTOMER");
        api().auth().oauth2(token).get("/api/notifications/preferences").then().statusCode(200)
                .body("email", equalTo(true)).body("alwaysSent", org.hamcrest.Matchers.hasItem("ACCOUNT_DISABLED"));
        api().auth().oauth2(token).body(Map.of("email", false, "sms", false)).put("/api/notifications/preferences")
                .then().statusCode(200).body("email", equalTo(false));

        Events.send(user.toString(), Events.userRegistered(user, email, "Quiet Customer", "+919800099988"));
        Events.send(user.toString(), Events.userDisabled(user, "chargebacks"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ItServerSession.mail().messagesTo(email)).hasSize(1));
        assertThat(ItServerSession.mail().messagesTo(email).get(0).getSubject()).contains("disabled");
        assertThat(notificationsOf(user).getList("items.type")).containsExactly("ACCOUNT_DISABLED");
    }

    @Test
    void aMalformedEventIsDeadLetteredAndTheRestOfItsPartitionStillFlows() {
        UUID user = UUID.randomUUID();
        String key = user.toString();
        Events.send(key, "{ this is not an event");
        Events.send(key, Events.userRegistered(user, "after." + user + "@example.com", "After Garbage", null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(user).getString("items[0].status"))
                .isEqualTo("SENT"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(key)).hasSize(1));
        JsonPath deadLetter = admin().get("/api/admin/dead-letters/" + deadLettersWithKey(key).get(0)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(deadLetter.getString("reason")).startsWith("Malformed event");
        assertThat(deadLetter.getString("payload")).isEqualTo("{ this is not an event");
        assertThat(deadLetter.getString("service")).isEqualTo("notification");

        admin().post("/api/admin/dead-letters/" + deadLettersWithKey(key).get(0) + "/replay").then()
                .statusCode(200).body("status", equalTo("REPLAYED"));
        // Replayed, it fails the same way again: a second dead letter, and nothing else breaks.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(key)).hasSize(2));
    }

    @Test
    void anEventThatKeepsFailingIsDeadLetteredAfterItsRetries() {
        UUID stranger = UUID.randomUUID();
        // Nobody by that id ever registered: the disabled-account email has no one to go to.
        Events.send(stranger.toString(), Events.userDisabled(stranger, "unknown"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(stranger.toString())).hasSize(1));
        JsonPath deadLetter = admin().get("/api/admin/dead-letters/" + deadLettersWithKey(stranger.toString()).get(0))
                .then().statusCode(200).extract().jsonPath();
        assertThat(deadLetter.getString("reason")).startsWith("Failed").contains("No recipient");
        // Retried with growing pauses (0.2, 0.4, 0.8 ... s here) until retry-for (PT12S here) ran out.
        assertThat(deadLetter.getInt("attempts")).isBetween(5, 9);
        assertThat(deadLetter.getString("topic")).isEqualTo(Events.USERS);
    }

    @Test
    void anEventThatCannotBeAppliedYetIsAppliedOnceWhatItNeedsArrives() throws Exception {
        usersAreBeingRead();
        UUID seller = UUID.randomUUID();
        String email = "early." + seller + "@example.com";
        // The lab decision overtakes the seller's registration (another topic): no recipient is known yet.
        Events.send("dryfruits.lot-quality", seller.toString(), Events.lotQuarantined(seller, "CSH-2026-0007"));
        Thread.sleep(1_500);
        Events.send(seller.toString(), Events.userRegistered(seller, email, "Late Registrant", null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ItServerSession.mail().messagesTo(email))
                .extracting(MimeMessage::getSubject).anySatisfy(subject -> assertThat(subject).contains("CSH-2026-0007")));
        assertThat(deadLettersWithKey(seller.toString())).isEmpty();
    }

    @Test
    void emailsThatCannotBeSentFailAndAnAdministratorSendsThemLater() {
        UUID user = UUID.randomUUID();
        String email = "later." + user + "@example.com";
        ItServerSession.mail().stop();
        try {
            Events.send(user.toString(), Events.userRegistered(user, email, "Patient Person", null));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(user).getString("items[0].status"))
                    .isEqualTo("FAILED"));
            assertThat(notificationsOf(user).getString("items[0].lastError")).contains("SMTP");
        } finally {
            ItServerSession.mail().restart();
        }
        String id = notificationsOf(user).getString("items[0].id");
        admin().post("/api/admin/notifications/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(user).getString("items[0].status"))
                .isEqualTo("SENT"));
        assertThat(ItServerSession.mail().messagesTo(email)).hasSize(1);
        admin().post("/api/admin/notifications/" + id + "/retry").then().statusCode(409);
    }

    @Test
    void onlyAdministratorsReachTheAdministration() {
        String customer = ItServerSession.tokens().tokenFor(UUID.randomUUID(), "c@example.com", "CUSTOMER");
        for (String path : List.of("/api/admin/notifications", "/api/admin/dead-letters", "/api/admin/sms-sandbox")) {
            api().auth().oauth2(customer).get(path).then().statusCode(403);
            api().get(path).then().statusCode(401);
        }
        admin().queryParam("status", "LOST").get("/api/admin/notifications").then().statusCode(400);
    }

    private JsonPath notificationsOf(UUID user) {
        return admin().queryParam("userId", user.toString()).get("/api/admin/notifications").then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * Waits until the users topic is being read: on a new broker, its consumer's first partition assignment can take
     * longer than this IT's shortened retry-for, and the event that waits for a user would then run out of retries
     * before the user's own event was even read (seen in CI). With the default ten minutes it could not.
     */
    private static void usersAreBeingRead() {
        UUID user = UUID.randomUUID();
        String email = "warm-up." + user + "@example.com";
        Events.send(user.toString(), Events.userRegistered(user, email, "Warm Up", null));
        await().atMost(PATIENCE).until(() -> !ItServerSession.mail().messagesTo(email).isEmpty());
    }

    private List<String> deadLettersWithKey(String key) {
        return admin().queryParam("size", "100").get("/api/admin/dead-letters").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.key == '" + key + "' }.id");
    }

    private RequestSpecification admin() {
        return api().auth().oauth2(ItServerSession.tokens().tokenFor(UUID.randomUUID(), "admin@example.com", "ADMIN"));
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri(base.toString().replaceAll("/$", "")).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
