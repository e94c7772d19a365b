package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, acceptance 5 (two instances of the user and notification services, one of each stopped mid-way) and issue
 * 11's rolling restart under load.
 */
class ScaleIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    /**
     * Issue 11: a rolling restart of the user service (both instances, one after the other, each drained first) while
     * customers sign up and read their profiles without pause: not one request fails. Meanwhile the second
     * notification instance stops, and every customer still gets exactly one welcome email.
     */
    @Test
    void aRollingRestartUnderLoadFailsNoRequestAndEveryoneIsWelcomedExactlyOnce() throws Exception {
        String admin = Api.adminToken();
        LocalPlatform.dryfruits("scale", "user=2", "notification=2");
        try {
            Map<String, String> users = new ConcurrentHashMap<>();
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean restarting = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            String reader = Api.newCustomerToken();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> customers = new ArrayList<>();
            // Two customers signing up (a write, a password hashed, an event), two reading their profile ten times a
            // second each: together well inside the gateway's rate limit for one client (40 a second).
            for (int thread = 0; thread < 2; thread++) {
                customers.add(pool.submit(() -> {
                    while (restarting.get()) {
                        int n = sent.incrementAndGet();
                        String email = Api.newEmail("rolling" + n);
                        var answer = gateway().body("{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD
                                + "\",\"fullName\":\"Rolling Customer " + n + "\",\"role\":\"CUSTOMER\"}")
                                .post("/api/users");
                        if (answer.statusCode() == 201) {
                            users.put(answer.path("id"), email);
                        } else {
                            failures.add("sign-up: " + answer.statusCode() + " " + answer.asString());
                        }
                        Thread.sleep(500);
                    }
                    return null;
                }));
                customers.add(pool.submit(() -> {
                    while (restarting.get()) {
                        var answer = gateway().auth().oauth2(reader).get("/api/users/me");
                        reads.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            failures.add("profile: " + answer.statusCode() + " " + answer.asString());
                        }
                        Thread.sleep(100);
                    }
                    return null;
                }));
            }
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> users.size() >= 10);
                LocalPlatform.dryfruits("restart", "user");
                LocalPlatform.dryfruits("stop", "notification-2");
                int afterRestart = users.size();
                await().atMost(Duration.ofSeconds(60)).until(() -> users.size() >= afterRestart + 5);
            } finally {
                restarting.set(false);
                for (Future<?> customer : customers) {
                    customer.get(2, TimeUnit.MINUTES);
                }
                pool.shutdown();
            }
            assertThat(failures).as("requests that failed during the rolling restart").isEmpty();
            assertThat(reads.get()).as("profile reads during the restart").isGreaterThan(100);

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
