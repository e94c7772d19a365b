package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Sets aside a message that cannot be processed, on the dead-letter topic, with the reason, so that its partition
 * moves on. The dead letter carries the original text untouched; the notification service keeps the list and
 * replays them (see docs/events.md).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int MAX_REASON = 2000;

    @Inject
    EventProducer producer;

    @Inject
    EventSettings settings;

    /**
     * Blocks until Kafka has the dead letter: nothing else could be consumed while it is away anyway.
     *
     * @return false if the application is stopping before Kafka took it (the message stays unacknowledged)
     */
    public boolean send(String consumer, IncomingEvent incoming, String reason, int attempts) {
        String deadLetter = new DeadLetterMessage(UUID.randomUUID().toString(), settings.serviceName(), consumer,
                incoming.topic(), incoming.partition(), incoming.offset(), Optional.ofNullable(incoming.key()),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason, attempts, Instant.now(),
                incoming.payload() == null ? "" : incoming.payload()).toJson();
        LOG.warning(() -> "Dead letter from " + consumer + " on " + incoming.topic() + "-" + incoming.partition()
                + "@" + incoming.offset() + ": " + reason);
        long backoff = 500;
        while (true) {
            try {
                producer.send(settings.deadLetterTopic(), incoming.key(), deadLetter).get(20, TimeUnit.SECONDS);
                return true;
            } catch (ExecutionException | TimeoutException kafkaAway) {
                LOG.warning(() -> "Cannot write the dead letter yet (" + kafkaAway + "); retrying");
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                backoff = Math.min(backoff * 2, 10_000);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
