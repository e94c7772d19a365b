package dev.dryfruits.kit.events;

import dev.dryfruits.kit.request.RequestContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes one message the way every consumer of the platform does (docs/events.md, "Failures"):
 * <ol>
 * <li>not before the application has started ({@link StartupGate});</li>
 * <li>a message that can never be applied goes to the dead letters at once: not a readable event, a version of it
 * this consumer does not know, data that does not fit its contract ({@link EventData}), or an action that rejects
 * it ({@link EventRejected});</li>
 * <li>otherwise the event is applied once ({@link Inbox}), in a span of the trace of the request that caused it
 * ({@link EventSpans}), with that request's id and trace on every log line;</li>
 * <li>any other failure may be transient (the database, a peer, a start-up): it is retried with growing pauses, up
 * to a minute apart, for as long as {@code dryfruits.events.consumer.retry-for} (10 minutes by default), the
 * partition waiting meanwhile so that events stay in order; only then does the event go to the dead letters.</li>
 * </ol>
 * The message is then acknowledged, whatever happened to it, and the partition moves on: Liberty's connector stops a
 * channel for good on a nack or an exception. Only when the application is stopping mid-way (the thread interrupted)
 * is it left unacknowledged, to be delivered again after the restart. The connector commits only acknowledged
 * offsets, so a crash before that redelivers too, and the inbox absorbs it.
 * <p>
 * A listener is one line: {@code return consumer.consume(message, subscription);}
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventSettings settings;

    @Inject
    StartupGate startup;

    @Inject
    EventSpans spans;

    public CompletionStage<Void> consume(Message<String> message, EventSubscription subscription) {
        return acknowledged(message, consume(IncomingEvent.of(message.unwrap(ConsumerRecord.class)), subscription));
    }

    /**
     * For messages that are not events (the dead letters themselves): the same start-up gate and retries, without
     * the inbox; {@code action} must be idempotent. A message it cannot read ({@link MalformedEvent}) is logged and
     * skipped: there is nowhere further to set it aside.
     */
    public CompletionStage<Void> consumePlain(Message<String> message, String consumer, PlainAction action) {
        IncomingEvent incoming = IncomingEvent.of(message.unwrap(ConsumerRecord.class));
        return acknowledged(message, startup.awaitStarted() && consumePlain(consumer, incoming, action));
    }

    /**
     * The handled message's acknowledgement, which never fails: if the connector cannot commit its offset (Kafka
     * going away at that moment), a failed stage would stop the channel for good (seen: the notification service's
     * users channel dead after a broker restart, its readiness never back). The event is applied already; if the
     * commit is lost, it is delivered again and the inbox recognises it.
     */
    private static CompletionStage<Void> acknowledged(Message<String> message, boolean handled) {
        if (!handled) {
            return CompletableFuture.failedFuture(new InterruptedException("Stopping before the message was handled"));
        }
        CompletionStage<Void> acknowledgement;
        try {
            acknowledgement = message.ack();
        } catch (RuntimeException failed) {
            acknowledgement = CompletableFuture.failedFuture(failed);
        }
        return acknowledgement.exceptionally(failure -> {
            LOG.warning(() -> "Could not acknowledge a handled event (" + failure + "); it may be delivered again,"
                    + " and is then recognised as applied");
            return null;
        });
    }

    /** @return false if the application is stopping and the message was not handled */
    boolean consume(IncomingEvent incoming, EventSubscription subscription) {
        if (!startup.awaitStarted()) {
            return false;
        }
        String consumer = subscription.consumer();
        EventEnvelope event;
        Optional<Runnable> typed;
        try {
            event = EventEnvelope.parse(incoming.payload());
            if (!subscription.wants(event.name())) {
                return true;
            }
            typed = subscription.route(event.name()).isPresent()
                    ? Optional.of(subscription.route(event.name()).get().bind(event)) : Optional.empty();
        } catch (MalformedEvent malformed) {
            return deadLetters.send(consumer, incoming, "Malformed event: " + malformed.getMessage(), 1);
        }
        Span span = spans.start(consumer, incoming, event);
        try (Scope traced = span.makeCurrent();
             RequestContext.Scope scope = RequestContext.from(event.requestId().orElse(null),
                     event.traceparent().orElse(null), incoming.topic()).enter()) {
            EventHandler handler = applied -> {
                typed.ifPresent(Runnable::run);
                if (subscription.everyEvent().isPresent()) {
                    subscription.everyEvent().get().apply(applied);
                }
            };
            return applyWithRetries(consumer, incoming, event, handler);
        } finally {
            span.end();
        }
    }

    private boolean consumePlain(String consumer, IncomingEvent incoming, PlainAction action) {
        RetryPolicy retries = new RetryPolicy(settings);
        while (true) {
            try {
                action.apply(incoming.payload());
                return true;
            } catch (MalformedEvent unreadable) {
                LOG.severe(() -> consumer + " skips an unreadable message at " + where(incoming) + ": "
                        + unreadable.getMessage());
                return true;
            } catch (Exception failed) {
                if (!retries.waitBeforeNext(consumer, where(incoming), failed)) {
                    if (retries.interrupted()) {
                        return false;
                    }
                    LOG.log(Level.SEVERE, failed, () -> consumer + " gives up on " + where(incoming));
                    return true;
                }
            }
        }
    }

    private boolean applyWithRetries(String consumer, IncomingEvent incoming, EventEnvelope event,
                                     EventHandler handler) {
        RetryPolicy retries = new RetryPolicy(settings);
        while (true) {
            try {
                boolean applied = inbox.applyOnce(consumer, event, handler);
                LOG.fine(() -> (applied ? "Applied " : "Already applied ") + event.type() + " " + event.id());
                return true;
            } catch (EventRejected rejected) {
                Span.current().setStatus(StatusCode.ERROR, "rejected: dead-lettered");
                return deadLetters.send(consumer, incoming, "Rejected: " + rejected.getMessage(), retries.attempts() + 1);
            } catch (Exception failed) {
                // Each failed attempt shows on the event's span; the span fails only if the event is given up.
                Span.current().recordException(failed);
                if (!retries.waitBeforeNext(consumer, event.type() + " " + event.id(), failed)) {
                    Span.current().setStatus(StatusCode.ERROR, "retries exhausted: dead-lettered");
                    return !retries.interrupted() && deadLetters.send(consumer, incoming, "Failed "
                            + retries.attempts() + " times over " + retries.elapsed().toSeconds() + " s: "
                            + describe(failed), retries.attempts());
                }
            }
        }
    }

    private static String where(IncomingEvent incoming) {
        return incoming.topic() + "-" + incoming.partition() + "@" + incoming.offset();
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure == root ? String.valueOf(failure) : failure + " (cause: " + root + ")";
    }

    /** What a plain consumer does with one message's text. */
    @FunctionalInterface
    public interface PlainAction {
        void apply(String payload) throws Exception;
    }

    /**
     * Growing pauses between attempts (first-retry-delay, doubling, at most max-retry-delay) until retry-for has
     * passed since the first attempt.
     */
    static final class RetryPolicy {

        private final Duration first;
        private final Duration max;
        private final Duration retryFor;
        private final Instant began = Instant.now();
        private int attempts;
        private boolean interrupted;

        RetryPolicy(EventSettings settings) {
            this(settings.firstRetryDelay(), settings.maxRetryDelay(), settings.retryFor());
        }

        RetryPolicy(Duration first, Duration max, Duration retryFor) {
            this.first = first;
            this.max = max;
            this.retryFor = retryFor;
        }

        int attempts() {
            return attempts;
        }

        /** The application is stopping: the message must be left for the next start, not dead-lettered. */
        boolean interrupted() {
            return interrupted;
        }

        Duration elapsed() {
            return Duration.between(began, Instant.now());
        }

        /** The pause before attempt n+1 after n failed ones. */
        Duration delayAfter(int failedAttempts) {
            Duration delay = first;
            for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(max) > 0 ? max : delay;
        }

        /** Records a failure; pauses and returns true if there is time for another attempt. */
        boolean waitBeforeNext(String consumer, String what, Exception failure) {
            attempts++;
            Duration delay = delayAfter(attempts);
            if (elapsed().plus(delay).compareTo(retryFor) > 0) {
                return false;
            }
            int tried = attempts;
            LOG.log(tried == 1 ? Level.WARNING : Level.INFO, tried == 1 ? failure : null, () -> consumer
                    + " failed on " + what + " (attempt " + tried + "): " + describe(failure) + "; trying again in "
                    + delay.toMillis() + " ms");
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                interrupted = true;
                return false;
            }
            return true;
        }
    }
}
