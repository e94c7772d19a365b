package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
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

    /** Blocks until Kafka has the dead letter: nothing else could be consumed while it is away anyway. */
    public void send(String consumer, IncomingEvent incoming, String reason, int attempts) {
        String deadLetter = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("service", settings.serviceName())
                .add("consumer", consumer)
                .add("topic", incoming.topic())
                .add("partition", incoming.partition())
                .add("offset", incoming.offset())
                .add("key", incoming.key() == null ? "" : incoming.key())
                .add("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .add("attempts", attempts)
                .add("failedAt", Instant.now().toString())
                .add("payload", incoming.payload() == null ? "" : incoming.payload())
                .build().toString();
        LOG.warning(() -> "Dead letter from " + consumer + " on " + incoming.topic() + "-" + incoming.partition()
                + "@" + incoming.offset() + ": " + reason);
        long backoff = 500;
        while (true) {
            try {
                producer.send(settings.deadLetterTopic(), incoming.key(), deadLetter).get(20, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException kafkaAway) {
                LOG.warning(() -> "Cannot write the dead letter yet (" + kafkaAway + "); retrying");
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing a dead letter", interrupted);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
