package dev.dryfruits.kit.events;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * An event as it travels on Kafka: a CloudEvents 1.0 event in JSON structured mode. The subject is the id of the
 * aggregate the event is about (also the record key, so one aggregate's events stay in order), and the request id and
 * W3C traceparent of the request that caused it travel along as the extensions {@code requestid} and
 * {@code traceparent}. The version of the data's contract is the extension {@code dataversion} (absent: 1; see
 * {@link EventVersion}).
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        int dataVersion,
        JsonObject data,
        Optional<String> requestId,
        Optional<String> traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PREFIX = "dev.dryfruits.";

    public static EventEnvelope create(String source, String eventName, String subject, int dataVersion,
                                       JsonObject data, String requestId, String traceparent) {
        return new EventEnvelope(UUID.randomUUID().toString(), source, TYPE_PREFIX + eventName, Instant.now(), subject,
                dataVersion, data, Optional.ofNullable(requestId), Optional.ofNullable(traceparent));
    }

    /** The event's name without the namespace, e.g. UserRegistered. */
    public String name() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    public String toJson() {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", id)
                .add("source", source)
                .add("type", type)
                .add("time", time.toString())
                .add("subject", subject)
                .add("datacontenttype", "application/json")
                .add("dataversion", Integer.toString(dataVersion))
                .add("data", data);
        requestId.ifPresent(value -> event.add("requestid", value));
        traceparent.ifPresent(value -> event.add("traceparent", value));
        return event.build().toString();
    }

    /** Reads an event; anything that is not a CloudEvents 1.0 JSON event with JSON data is refused. */
    public static EventEnvelope parse(String json) throws MalformedEvent {
        if (json == null || json.isBlank()) {
            throw new MalformedEvent("empty message");
        }
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            event = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new MalformedEvent("not a JSON object: " + notJson.getMessage());
        }
        if (!SPEC_VERSION.equals(text(event, "specversion"))) {
            throw new MalformedEvent("specversion must be " + SPEC_VERSION);
        }
        JsonValue data = event.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedEvent("data must be a JSON object");
        }
        String version = text(event, "dataversion");
        if (version != null && !version.matches("[1-9][0-9]{0,8}")) {
            throw new MalformedEvent("dataversion must be a positive integer");
        }
        try {
            return new EventEnvelope(required(event, "id"), required(event, "source"), required(event, "type"),
                    Instant.parse(required(event, "time")), required(event, "subject"),
                    version == null ? 1 : Integer.parseInt(version), data.asJsonObject(),
                    Optional.ofNullable(text(event, "requestid")), Optional.ofNullable(text(event, "traceparent")));
        } catch (DateTimeParseException badTime) {
            throw new MalformedEvent("time is not an RFC 3339 timestamp");
        }
    }

    private static String required(JsonObject event, String attribute) throws MalformedEvent {
        String value = text(event, attribute);
        if (value == null || value.isBlank()) {
            throw new MalformedEvent("missing attribute " + attribute);
        }
        return value;
    }

    private static String text(JsonObject event, String attribute) {
        JsonValue value = event.get(attribute);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? event.getString(attribute) : null;
    }
}
