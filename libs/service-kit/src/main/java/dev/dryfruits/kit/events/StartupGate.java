package dev.dryfruits.kit.events;

import dev.dryfruits.kit.health.ApplicationState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Holds every consumer back until the application has fully started. Liberty's Kafka connector subscribes while CDI
 * is still initialising and can hand over records before the rest of the application is up; a record applied then
 * fails in ways that have nothing to do with it ("Validation not enabled for module ...", open-liberty #35332, fixed
 * in the connector only from 26.0.0.9). "Started" is what Liberty itself says ({@link ApplicationState}).
 * <p>
 * Waiting blocks the connector's polling thread, which is what is wanted: nothing is taken from Kafka meanwhile, and
 * start-up is far shorter than the consumer's max.poll.interval.ms.
 */
@ApplicationScoped
public class StartupGate {

    private static final Logger LOG = Logger.getLogger(StartupGate.class.getName());
    private static final Duration POLL = Duration.ofMillis(100);
    /** Past this something else is wrong (no such MBean outside Liberty, say): consume rather than wait forever. */
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private volatile boolean open;

    /** Returns once the application is started: true, or false if the thread was interrupted (stopping). */
    public boolean awaitStarted() {
        if (open) {
            return true;
        }
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (!ApplicationState.isStarted()) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warning("The application did not report STARTED within " + GIVE_UP + "; consuming anyway");
                break;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        open = true;
        return true;
    }
}
