package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How much password hashing this instance takes on: one hash per core at a time, since each is pure CPU (PBKDF2,
 * about 0.1 s at full JIT speed), and a short line of requests waiting for a core. A request beyond the line is
 * refused at once, 503 with Retry-After, instead of queueing until the gateway's timeout (seen before: 8 concurrent
 * sign-ups on two cores ran into 504s).
 * <p>
 * Requests take their place with {@link #admit()} before they leave the request thread ({@link PasswordWork}), so
 * that what waits is counted here and not in the server's thread pool, where nothing could refuse it.
 */
final class HashingCapacity {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore cores;
    private final int places;
    private final Duration maxWait;
    private final AtomicInteger admitted = new AtomicInteger();

    HashingCapacity(int cores, int maxWaiting, Duration maxWait) {
        this.cores = new Semaphore(cores, true);
        this.places = cores + maxWaiting;
        this.maxWait = maxWait;
    }

    /** A place in line for a request that will hash, or 503 now; closing the ticket gives the place back. */
    Ticket admit() {
        if (admitted.incrementAndGet() > places) {
            admitted.decrementAndGet();
            throw busy();
        }
        return admitted::decrementAndGet;
    }

    /** Hashes when a core is free, waiting at most max-wait for one. */
    <T> T run(Supplier<T> hashing) {
        try {
            if (!cores.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw busy();
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

    /** A place in line. */
    @FunctionalInterface
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }
}
