package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, acceptance 5, the recovery drill: PostgreSQL restored to a point in time from a base backup and the
 * archived WAL, while the services keep running. An account made before that moment is there afterwards, one made
 * after it is gone (its email free again), and the services work on as before once their connections are made again.
 */
class RecoveryDrillIT {

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aPointInTimeRestoreKeepsWhatCameBeforeAndLosesWhatCameAfter() {
        LocalPlatform.dryfruits("backup");
        String before = Api.newEmail("before-restore");
        String beforeId = Api.register(before, "CUSTOMER");
        // The moment to go back to lies in the middle of three quiet seconds, clear of both sign-ups.
        Instant moment = Instant.now().plusMillis(1500);
        await().pollDelay(Duration.ofMillis(3000)).until(() -> true);
        String after = Api.newEmail("after-restore");
        String afterId = Api.register(after, "CUSTOMER");

        String restored = LocalPlatform.dryfruits("restore", "--to", moment.toString());

        assertThat(restored).contains("Restored PostgreSQL to " + moment);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() ->
                assertThat(Api.login(before, Api.PASSWORD).getString("accessToken")).isNotBlank());
        String admin = Api.adminToken();
        gateway().auth().oauth2(admin).get("/api/admin/users/" + beforeId).then().statusCode(200);
        gateway().auth().oauth2(admin).get("/api/admin/users/" + afterId).then().statusCode(404);
        assertThat(Api.register(after, "CUSTOMER")).isNotEqualTo(afterId);
    }
}
