package dev.dryfruits.kit.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.Optional;

/**
 * A message set aside by a consumer, as it travels on the dead-letter topic (key: the original key): where it was,
 * why it could not be applied, and the original text untouched in {@code payload}.
 */
public record DeadLetterMessage(
        String id,
        String service,
        String consumer,
        String topic,
        Integer partition,
        Long offset,
        Optional<String> key,
        String reason,
        Integer attempts,
        Instant failedAt,
        String payload) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    public String toJson() {
        return JSONB.toJson(this);
    }

    /** @throws MalformedEvent when the text is not a dead letter */
    public static DeadLetterMessage parse(String json) throws MalformedEvent {
        try {
            return EventData.read(jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject(),
                    DeadLetterMessage.class);
        } catch (JsonbException | jakarta.json.JsonException | IllegalStateException | NullPointerException unreadable) {
            throw new MalformedEvent("not a dead letter: " + unreadable.getMessage());
        }
    }
}
