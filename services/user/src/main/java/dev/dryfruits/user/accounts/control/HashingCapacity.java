package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many password hashes run at once: one per core, since each is pure CPU (PBKDF2, about 0.25 s), and a short
 * line of those waiting for a core. A burst beyond that is answered at once, 503 with Retry-After, instead of
 * queueing until the gateway's timeout (seen before: 8 concurrent sign-ups on two cores ran into 504s).
 */
final class HashingCapacity {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore cores;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    HashingCapacity(int cores, int maxWaiting, Duration maxWait) {
        this.cores = new Semaphore(cores, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    <T> T run(Supplier<T> hashing) {
        if (!cores.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!cores.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return hashing.get();
        } finally {
            cores.release();
        }
    }

    private static ProblemException busy() {
        return ProblemException.serviceUnavailable("Too many sign-ins and sign-ups at this moment; try again in a "
                + "second", RETRY_AFTER);
    }
}
