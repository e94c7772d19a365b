package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 3, acceptance 5: two instances of the user and notification services, one of each stopped mid-way. */
class ScaleIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void twoInstancesOfEachWelcomeEveryoneExactlyOnceEvenWhenOneOfEachStops() throws Exception {
        String admin = Api.adminToken();
        LocalPlatform.dryfruits("scale", "user=2", "notification=2");
        try {
            Map<String, String> users = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> registrations = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                registrations.add(pool.submit(() -> {
                    String email = Api.newEmail("scaled" + n);
                    String id = gateway().body("{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD
                                    + "\",\"fullName\":\"Scaled Customer " + n + "\",\"role\":\"CUSTOMER\"}")
                            .post("/api/users").then().statusCode(201).extract().path("id");
                    users.put(id, email);
                }));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> users.size() >= 15);
            LocalPlatform.dryfruits("stop", "user-2");
            LocalPlatform.dryfruits("stop", "notification-2");
            for (Future<?> registration : registrations) {
                registration.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(users).hasSize(50);

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    users.keySet().forEach(id -> assertThat(Notifications.welcomeEmailStatuses(admin, id))
                            .as("welcome emails of " + id).containsExactly("SENT")));
            users.forEach((id, email) -> assertThat(Mailboxes.messageIdsTo(email)).isNotEmpty()
                    .allSatisfy(messageId -> assertThat(messageId)
                            .contains(Notifications.welcomeEmailIds(admin, id).get(0))));
        } finally {
            LocalPlatform.dryfruits("scale", "user=1", "notification=1");
        }
    }
}
