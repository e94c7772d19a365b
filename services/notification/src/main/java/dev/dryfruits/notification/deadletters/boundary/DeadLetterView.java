package dev.dryfruits.notification.deadletters.boundary;

import dev.dryfruits.notification.deadletters.entity.DeadLetter;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetter", description = "A message a consumer gave up on")
public record DeadLetterView(
        UUID id,
        @Schema(description = "The service whose consumer gave up") String service,
        String consumer,
        String topic,
        int partition,
        long offset,
        String key,
        String reason,
        int attempts,
        Instant failedAt,
        @Schema(description = "The original message, untouched") String payload,
        @Schema(enumeration = {"NEW", "REPLAYED"}) String status,
        Instant replayedAt) {

    static DeadLetterView of(DeadLetter d) {
        return new DeadLetterView(d.id(), d.service(), d.consumer(), d.topic(), d.partition(),
                d.recordOffset(), d.recordKey(), d.reason(),
                d.attempts(), d.failedAt(), d.payload(), d.status().name(), d.replayedAt());
    }
}
