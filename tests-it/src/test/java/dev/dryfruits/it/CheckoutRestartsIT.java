package dev.dryfruits.it;

import static dev.dryfruits.it.Sellers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, acceptance 4: the order service, then the payment service, killed (SIGKILL) in the middle of fifty
 * checkouts, and started again. Each runs alone in a server of its own for it (`scale NAME=2`, the hosted instance
 * stopped): the gateway (and the processor's webhooks through it) and the other services' REST clients find whichever
 * instance is up.
 * Customers do what customers do: a checkout that hears 503 is tried again with the same Idempotency-Key. Afterwards
 * every order ends CONFIRMED or CANCELLED, each confirmed order was captured exactly once, no stock is held for any,
 * and the ledger balances.
 */
class CheckoutRestartsIT {

    private static final int CHECKOUTS = 50;
    private static final Duration SETTLES = Duration.ofMinutes(4);

    private static String admin;
    private static String sku;

    @BeforeAll
    static void aSellerWithStock() {
        LocalPlatform.requireUp();
        admin = Api.adminToken();
        Sellers.Seller seller = Sellers.verified(admin);
        sku = Sellers.liveAlmonds(seller, admin).skus().get(2);
        Lots.released(seller, Lots.fresh(sku, 200));
    }

    @Test
    void killingTheOrderAndThePaymentServiceMidwayLeavesEveryCheckoutSettled() throws Exception {
        List<Shoppers.Shopper> shoppers = Shoppers.ready(CHECKOUTS, Map.of(sku, 1), "UPI");
        Map<String, Shoppers.Shopper> orders = new ConcurrentHashMap<>();
        alone("order", "payment");
        ExecutorService customers = Executors.newFixedThreadPool(5);
        try {
            AtomicInteger placed = new AtomicInteger();
            List<Future<?>> checkouts = new ArrayList<>();
            for (Shoppers.Shopper shopper : shoppers) {
                checkouts.add(customers.submit(() -> {
                    JsonPath order = checkout(shopper);
                    orders.put(order.getString("id"), shopper);
                    placed.incrementAndGet();
                    approve(order);
                }));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> placed.get() >= CHECKOUTS / 3);
            kill("order");
            await().atMost(Duration.ofMinutes(3)).until(() -> placed.get() >= 2 * CHECKOUTS / 3);
            kill("payment");
            for (Future<?> checkout : checkouts) {
                checkout.get(5, TimeUnit.MINUTES);
            }
        } finally {
            customers.shutdownNow();
        }
        try {
            assertThat(orders).hasSize(CHECKOUTS);
            await().atMost(SETTLES).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> orders.forEach(
                    (id, shopper) -> assertThat(as(shopper.token()).get("/api/orders/" + id).jsonPath()
                            .getString("status")).as("order " + id).isIn("CONFIRMED", "CANCELLED")));
            Set<String> confirmed = ConcurrentHashMap.newKeySet();
            orders.forEach((id, shopper) -> {
                JsonPath order = as(shopper.token()).get("/api/orders/" + id).jsonPath();
                JsonPath payment = as(admin).get("/api/payments?orderId=" + id).jsonPath();
                if (order.getString("status").equals("CONFIRMED")) {
                    confirmed.add(id);
                    assertThat(payment.getList("status")).as("payments of " + id).containsExactly("CAPTURED");
                    assertThat(payment.getString("[0].captured.amount")).isEqualTo(order.getString("total.amount"));
                } else {
                    // Cancelled: nothing kept, whatever was taken is on its way back.
                    assertThat(payment.getList("findAll { it.captured.amount != it.refunded.amount }")).isEmpty();
                }
                List<String> reservations = as(admin).get("/api/inventory/reservations?orderId=" + id).jsonPath()
                        .getList("status");
                assertThat(reservations).as("stock held for " + id).doesNotContain("ACTIVE");
            });
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> confirmed.forEach(id -> assertThat(as(admin)
                    .get("/api/admin/ledger/orders/" + id).jsonPath().getList("findAll { it.kind == 'CAPTURE' }"))
                    .as("captures of " + id).hasSize(1)));
            as(admin).get("/api/admin/ledger/trial-balance").then().statusCode(200)
                    .body("balanced", org.hamcrest.Matchers.equalTo(true));
            assertThat(confirmed).as("orders confirmed despite the kills").isNotEmpty();
        } finally {
            restore("order");
            restore("payment");
        }
    }

    /** Places the order as a customer would: again with the same key when the platform says to come back. */
    private static JsonPath checkout(Shoppers.Shopper shopper) {
        String key = UUID.randomUUID().toString();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Response answer = Shoppers.place(shopper, key, Shoppers.upi(shopper, "success@sandbox"));
            if (answer.statusCode() == 201) {
                return answer.jsonPath();
            }
            assertThat(answer.statusCode()).as(answer.asString()).isIn(409, 502, 503, 504);
            if (answer.statusCode() == 409) {
                assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:dryfruits:problem:on-its-way");
            }
            assertThat(Instant.now()).as("checkout of " + shopper.email()).isBefore(giveUp);
            pause(1000);
        }
    }

    /** The customer approves on the processor's page (again if the page did not answer). */
    private static void approve(JsonPath order) {
        for (int attempt = 0; attempt < 30; attempt++) {
            if (RestAssured.given().post(order.getString("payment.nextAction.url") + "/approve").statusCode() == 200) {
                return;
            }
            pause(1000);
        }
        throw new AssertionError("The sandbox never took the approval of " + order.getString("id"));
    }

    /** Each runs alone, in a server of its own (NAME-2): the one a kill takes down; started side by side. */
    private static void alone(String... services) {
        LocalPlatform.dryfruits(Stream.concat(Stream.of("scale"), Stream.of(services).map(service -> service + "=2"))
                .toArray(String[]::new));
        Stream.of(services).forEach(service -> LocalPlatform.dryfruits("stop", service));
    }

    private static void kill(String service) {
        ProcessHandle.of(LocalPlatform.pid(service + "-2")).orElseThrow().destroyForcibly();
        pause(1000);
        LocalPlatform.dryfruits("start", service + "-2");
    }

    private static void restore(String service) {
        LocalPlatform.run("start", service);
        LocalPlatform.run("scale", service + "=1");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
