package dev.dryfruits.kit.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one consumer does with the events of a topic, by type: for each event it cares about, the record its data is
 * read into (named like the event, versioned by {@link EventVersion}) and the action, which runs in the transaction
 * that records the event as applied. Events of other types are skipped.
 *
 * <pre>
 * EventSubscription.of("inventory").on(ProductPublished.class, skus::record)
 * </pre>
 */
public final class EventSubscription {

    private final String consumer;
    private final Map<String, Route<?>> routes = new LinkedHashMap<>();
    private EventAction<EventEnvelope> everyEvent;

    private EventSubscription(String consumer) {
        this.consumer = consumer;
    }

    /** @param consumer the consumer's name, under which its applied events are remembered (the inbox) */
    public static EventSubscription of(String consumer) {
        return new EventSubscription(consumer);
    }

    public <T extends Record> EventSubscription on(Class<T> type, EventAction<T> action) {
        routes.put(type.getSimpleName(), new Route<>(type, EventData.versionOf(type), action));
        return this;
    }

    /** Also gives every event of the topic, as it is, to {@code action} (after the typed one, if there is one). */
    public EventSubscription onEveryEvent(EventAction<EventEnvelope> action) {
        this.everyEvent = action;
        return this;
    }

    public String consumer() {
        return consumer;
    }

    Optional<Route<?>> route(String eventName) {
        return Optional.ofNullable(routes.get(eventName));
    }

    Optional<EventAction<EventEnvelope>> everyEvent() {
        return Optional.ofNullable(everyEvent);
    }

    boolean wants(String eventName) {
        return routes.containsKey(eventName) || everyEvent != null;
    }

    /** What a consumer does with one event's data. */
    @FunctionalInterface
    public interface EventAction<T> {
        void apply(T data) throws Exception;
    }

    record Route<T extends Record>(Class<T> type, int version, EventAction<T> action) {

        /** Reads the data; a failure here is final (see {@link EventData}). */
        Runnable bind(EventEnvelope event) throws MalformedEvent {
            if (event.dataVersion() != version) {
                throw new MalformedEvent("unknown version " + event.dataVersion() + " of " + event.name()
                        + " (this consumer reads version " + version + ")");
            }
            T data = EventData.read(event.data(), type);
            return () -> {
                try {
                    action.apply(data);
                } catch (RuntimeException failed) {
                    throw failed;
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            };
        }
    }
}
