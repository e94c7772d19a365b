package dev.dryfruits.kit.events;

import dev.dryfruits.kit.request.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes one message the way every consumer of the platform does:
 * <ol>
 * <li>a message that is not a readable event goes to the dead letters at once;</li>
 * <li>otherwise the event is applied once ({@link Inbox}), with the request id and trace of the request that caused
 * it on every log line;</li>
 * <li>a failure is retried a few times with growing pauses, then the message goes to the dead letters.</li>
 * </ol>
 * It returns normally in every case, so the caller acknowledges the message and the partition moves on; the Liberty
 * Kafka connector commits only acknowledged offsets, so a crash before that redelivers, and the inbox absorbs it.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());
    private static final long FIRST_BACKOFF_MILLIS = 200;

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventSettings settings;

    public void consume(String consumer, IncomingEvent incoming, EventHandler handler) {
        EventEnvelope event;
        try {
            event = EventEnvelope.parse(incoming.payload());
        } catch (MalformedEvent malformed) {
            deadLetters.send(consumer, incoming, "Malformed event: " + malformed.getMessage(), 1);
            return;
        }
        RequestContext context = RequestContext.from(event.requestId().orElse(null), event.traceparent().orElse(null),
                incoming.topic());
        try (RequestContext.Scope scope = context.enter()) {
            Exception last = null;
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                try {
                    boolean applied = inbox.applyOnce(consumer, event, handler);
                    LOG.fine(() -> (applied ? "Applied " : "Already applied ") + event.type() + " " + event.id());
                    return;
                } catch (Exception failed) {
                    last = failed;
                    int tried = attempt;
                    LOG.log(Level.WARNING, failed, () -> consumer + " failed on " + event.type() + " " + event.id()
                            + " (attempt " + tried + " of " + settings.maxAttempts() + ")");
                    pause(FIRST_BACKOFF_MILLIS << (attempt - 1));
                }
            }
            deadLetters.send(consumer, incoming, "Failed " + settings.maxAttempts() + " times: " + describe(last),
                    settings.maxAttempts());
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure == root ? String.valueOf(failure) : failure + " (cause: " + root + ")";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
