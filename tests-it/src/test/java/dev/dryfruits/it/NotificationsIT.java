package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's acceptance: welcome emails that are never lost and never doubled, whatever stops along the way (a killed
 * notification service: RestartsIT).
 */
class NotificationsIT {

    private static String admin;

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
        admin = Api.adminToken();
    }

    @Test
    void aNewCustomerGetsOneWelcomeEmailWithTheirName() {
        String email = Api.newEmail("welcome");
        String id = register(email, "Lakshmi Narayanan");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            String token = Api.login(email, Api.PASSWORD).getString("accessToken");
            List<Map<String, Object>> mine = gateway().auth().oauth2(token).get("/api/notifications/me").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            assertThat(mine).filteredOn(message -> "EMAIL".equals(message.get("channel"))
                            && "WELCOME".equals(message.get("type")))
                    .singleElement().satisfies(message -> assertThat(message.get("status")).isEqualTo("SENT"));
        });
        assertThat(Mailboxes.messagesTo(email)).singleElement().satisfies(mime ->
                assertThat(mime).contains("Lakshmi Narayanan"));
        assertThat(Notifications.welcomeEmailStatuses(admin, id)).containsExactly("SENT");
    }

    @Test
    void registrationsWhileKafkaIsDownAreWelcomedOnceItIsBack() {
        Map<String, String> users = new LinkedHashMap<>();
        LocalPlatform.dryfruits("stop", "kafka");
        try {
            for (int i = 0; i < 20; i++) {
                String email = Api.newEmail("offline" + i);
                users.put(register(email, "Offline Customer " + i), email);
            }
        } finally {
            LocalPlatform.dryfruits("start", "kafka");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                users.keySet().forEach(id -> assertThat(Notifications.welcomeEmailStatuses(admin, id))
                        .as("welcome emails of " + id).containsExactly("SENT")));
        users.values().forEach(email -> assertThat(Mailboxes.messagesTo(email)).hasSize(1));
    }

    @Test
    void emailsFailWhileTheMailServerIsDownAndAnAdministratorResendsThemOnce() {
        Map<String, String> users = new LinkedHashMap<>();
        LocalPlatform.dryfruits("stop", "mail");
        try {
            for (int i = 0; i < 3; i++) {
                String email = Api.newEmail("nomail" + i);
                users.put(register(email, "Mailless Customer " + i), email);
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    users.keySet().forEach(id -> assertThat(Notifications.welcomeEmailStatuses(admin, id))
                            .containsExactly("FAILED")));
        } finally {
            LocalPlatform.dryfruits("start", "mail");
        }
        users.keySet().forEach(id -> gateway().auth().oauth2(admin)
                .post("/api/admin/notifications/" + Notifications.welcomeEmailIds(admin, id).get(0) + "/retry")
                .then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                users.keySet().forEach(id -> assertThat(Notifications.welcomeEmailStatuses(admin, id))
                        .containsExactly("SENT")));
        users.values().forEach(email -> assertThat(Mailboxes.messagesTo(email)).hasSize(1));
    }

    @Test
    void aConsumerStartedBeforeKafkaWaitsUnreadyAndThenCatchesUp() throws Exception {
        LocalPlatform.dryfruits("stop", "notification");
        LocalPlatform.dryfruits("stop", "kafka");
        java.util.concurrent.CompletableFuture<LocalPlatform.Result> starting =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> LocalPlatform.run("start", "notification"));
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    "starting".equals(LocalPlatform.state("notification")));
            String email = Api.newEmail("early");
            String id = register(email, "Early Bird");
            Thread.sleep(5_000);
            assertThat(LocalPlatform.state("notification")).as("ready without Kafka").isEqualTo("starting");

            LocalPlatform.dryfruits("start", "kafka");
            assertThat(starting.get(4, TimeUnit.MINUTES).exitCode()).isZero();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(Notifications.welcomeEmailStatuses(admin, id)).containsExactly("SENT"));
        } finally {
            LocalPlatform.run("start", "kafka");
            starting.get(4, TimeUnit.MINUTES);
        }
    }

    @Test
    void aMalformedEventIsDeadLetteredAndLaterEventsOnItsPartitionStillFlow() throws Exception {
        String key = UUID.randomUUID().toString();
        send(key, "{\"specversion\": \"1.0\", \"not\": \"an event\"}");
        String email = Api.newEmail("afterjunk");
        String id = register(email, "After Junk");
        send(id, "definitely not json");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> deadLetters = gateway().auth().oauth2(admin).queryParam("size", "100")
                    .get("/api/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("items");
            // Every consumer of the users topic sets it aside once: the notification and quality services.
            assertThat(deadLetters).filteredOn(letter -> key.equals(letter.get("key")))
                    .extracting(letter -> letter.get("consumer")).containsExactlyInAnyOrder("notification", "quality");
            assertThat(deadLetters).filteredOn(letter -> key.equals(letter.get("key")))
                    .allSatisfy(letter -> assertThat((String) letter.get("reason")).startsWith("Malformed event"));
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Notifications.welcomeEmailStatuses(admin, id)).containsExactly("SENT"));
    }

    private static String register(String email, String fullName) {
        return gateway().body("{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\",\"fullName\":\""
                + fullName + "\",\"role\":\"CUSTOMER\"}").post("/api/users").then().statusCode(201).extract().path("id");
    }

    private static void send(String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + LocalPlatform.port(19092));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("dryfruits.users", key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
