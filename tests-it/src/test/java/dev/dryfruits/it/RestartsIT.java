package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static dev.dryfruits.it.Sellers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dryfruits.it.Sellers.Listing;
import dev.dryfruits.it.Sellers.Seller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, acceptance 2: each consuming service is killed (SIGKILL) while a stream of the events it consumes flows,
 * then started again; every event's effect happens exactly once, and nothing goes to the dead letters.
 * <p>
 * The first instance of every service shares the host server with the others, so the service killed runs alone in
 * a server of its own: `scale NAME=2` starts NAME-2, and the hosted NAME is stopped, leaving NAME-2 its only consumer,
 * before the kill, after the restart, and while the effects are checked.
 */
class RestartsIT {

    private static final int EVENTS = 24;
    private static final Duration SETTLES = Duration.ofSeconds(120);

    private static String admin;
    private static Seller seller;
    private static Listing almonds;

    @BeforeAll
    static void aSellerWithALiveListing() {
        LocalPlatform.requireUp();
        admin = Api.adminToken();
        seller = Sellers.verified(admin);
        almonds = Sellers.liveAlmonds(seller, admin);
    }

    @Test
    void notificationWelcomesEveryoneOnce() {
        Map<String, String> users = new ConcurrentHashMap<>();
        killedWhileStreaming("notification", index -> {
            String email = Api.newEmail("restart" + index);
            users.put(Api.register(email, "CUSTOMER"), email);
        }, () -> {
            await().atMost(SETTLES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    users.keySet().forEach(id -> assertThat(Notifications.welcomeEmailStatuses(admin, id))
                            .as("welcome emails of " + id).containsExactly("SENT")));
            users.forEach((id, email) ->
                    // A send cut off by the kill may be repeated, always with the notification's own Message-ID.
                    assertThat(Mailboxes.messageIdsTo(email)).isNotEmpty().allSatisfy(messageId ->
                            assertThat(messageId).contains(Notifications.welcomeEmailIds(admin, id).get(0))));
            assertNoDeadLetters(users.keySet());
        });
    }

    @Test
    void qualityLearnsEveryLotReceived() {
        String sku = almonds.skus().get(0);
        Set<String> lots = ConcurrentHashMap.newKeySet();
        // Each lot becomes known to the quality service: its reports can be listed (one not heard of yet is 409).
        killedWhileStreaming("quality", index -> lots.add(Lots.receive(seller, Lots.fresh(sku, 1))), () -> {
            await().atMost(SETTLES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> lots.forEach(lot ->
                    assertThat(as(seller.token()).get("/api/quality/lots/" + lot + "/lab-reports").statusCode())
                            .as("lot " + lot).isEqualTo(200)));
            assertNoDeadLetters(lots);
        });
    }

    @Test
    void inventoryReleasesEveryPassedLotOnce() {
        String sku = almonds.skus().get(1);
        int before = Lots.available(sku);
        List<String> lots = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            lots.add(Lots.receive(seller, Lots.fresh(sku, 2)));
        }
        killedWhileStreaming("inventory", index -> Lots.labReport(seller, lots.get(index), "RESTART-" + index, "2.0")
                .then().statusCode(201), () -> {
            await().atMost(SETTLES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> lots.forEach(lot ->
                    assertThat(as(seller.token()).get("/api/inventory/lots/" + lot).jsonPath()
                            .getList("history.findAll { it.kind == 'RELEASED' }")).as("releases of " + lot)
                            .hasSize(1)));
            assertThat(Lots.available(sku)).isEqualTo(before + 2 * EVENTS);
            assertNoDeadLetters(lots);
        });
    }

    @Test
    void productShowsEveryStockChange() {
        String sku = almonds.skus().get(2);
        killedWhileStreaming("product", index -> Lots.released(seller, Lots.fresh(sku, 3)), () -> {
            int available = Lots.available(sku);
            assertThat(available).isGreaterThanOrEqualTo(3 * EVENTS);
            await().atMost(SETTLES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(gateway().get("/api/products/" + almonds.id()).jsonPath()
                            .getInt("variants.find { it.sku == '" + sku + "' }.available")).isEqualTo(available));
            assertNoDeadLetters(Set.of(sku));
        });
    }

    /**
     * Runs {@code produce} EVENTS times from four threads while SERVICE-2 is the service's only instance, kills it
     * with SIGKILL a third of the way, starts it again once every event is produced, and runs {@code effects} while it
     * is still the only one; then the first instance comes back.
     */
    private static void killedWhileStreaming(String service, IntConsumer produce, Runnable effects) {
        LocalPlatform.dryfruits("scale", service + "=2");
        LocalPlatform.dryfruits("stop", service);
        ExecutorService producers = Executors.newFixedThreadPool(4);
        try {
            AtomicInteger produced = new AtomicInteger();
            List<Future<?>> stream = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                int index = i;
                stream.add(producers.submit(() -> {
                    produce.accept(index);
                    produced.incrementAndGet();
                }));
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> produced.get() >= EVENTS / 3);
            ProcessHandle.of(LocalPlatform.pid(service + "-2")).orElseThrow().destroyForcibly();
            for (Future<?> event : stream) {
                event.get(3, TimeUnit.MINUTES);
            }
            LocalPlatform.dryfruits("start", service + "-2");
        } catch (Exception failed) {
            producers.shutdownNow();
            restore(service);
            throw new AssertionError("The stream of events for " + service + " failed", failed);
        }
        producers.shutdownNow();
        try {
            effects.run();
        } finally {
            restore(service);
        }
    }

    private static void restore(String service) {
        LocalPlatform.run("start", service);
        LocalPlatform.run("scale", service + "=1");
    }

    private static void assertNoDeadLetters(java.util.Collection<String> keys) {
        List<String> deadLetterKeys = gateway().auth().oauth2(admin).queryParam("size", "100")
                .get("/api/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("items.key");
        assertThat(deadLetterKeys).doesNotContainAnyElementsOf(keys);
    }
}
