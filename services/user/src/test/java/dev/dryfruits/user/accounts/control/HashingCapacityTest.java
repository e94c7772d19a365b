package dev.dryfruits.user.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A burst beyond the cores and the short line is answered at once, not queued. */
class HashingCapacityTest {

    @Test
    void oneOverTheCoresAndTheLineIsRefusedAtOnceWithRetryAfter() {
        HashingCapacity capacity = new HashingCapacity(1, 1, Duration.ofSeconds(5));
        HashingCapacity.Ticket hashing = capacity.admit();
        HashingCapacity.Ticket waiting = capacity.admit();

        long started = System.nanoTime();
        assertThatThrownBy(capacity::admit).isInstanceOfSatisfying(ProblemException.class, busy -> {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.headers()).containsKey("Retry-After");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));

        waiting.close();
        capacity.admit().close();
        hashing.close();
    }

    @Test
    void aPlaceGivenBackIsTakenByTheNext() {
        HashingCapacity capacity = new HashingCapacity(1, 0, Duration.ofSeconds(5));
        for (int request = 0; request < 3; request++) {
            try (HashingCapacity.Ticket place = capacity.admit()) {
                assertThat(capacity.run(() -> "hashed")).isEqualTo("hashed");
            }
        }
    }

    @Test
    void hashesRunOnePerCoreAndTheNextWaitsForItsTurn() throws Exception {
        HashingCapacity capacity = new HashingCapacity(1, 1, Duration.ofSeconds(5));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> capacity.run(() -> {
                running.countDown();
                await(release);
                return "first";
            }));
            running.await();
            Future<String> second = pool.submit(() -> capacity.run(() -> "second"));
            Thread.sleep(200);
            assertThat(second).isNotDone();

            release.countDown();
            assertThat(first.get()).isEqualTo("first");
            assertThat(second.get()).isEqualTo("second");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneWaitingLongerThanItsTurnIsRefused() {
        HashingCapacity capacity = new HashingCapacity(1, 4, Duration.ofMillis(100));
        assertThatThrownBy(() -> capacity.run(() -> capacity.run(() -> "nested"))).isInstanceOf(ProblemException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
