package dev.dryfruits.kit.events;

import dev.dryfruits.kit.request.CurrentSpan;
import dev.dryfruits.kit.request.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.UUID;

/**
 * Where a service puts the events its state changes cause: in the same database transaction as the change
 * (the method refuses to run without one), so that either both happen or neither. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    EventSettings settings;

    /**
     * Not called from here: the dependency makes a server that cannot run the relay (one without the concurrent-3.0
     * feature, whose executor it needs) fail to deploy, instead of keeping every event in the outbox unnoticed.
     */
    @Inject
    OutboxRelay relay;

    /**
     * Records an event about one aggregate, to be published on {@code topic} with the aggregate id as its key.
     *
     * @param eventName the event's name, e.g. UserRegistered (its type becomes dev.dryfruits.UserRegistered)
     * @param data      a record (or any JSON-B bindable object) with the event's facts; its contract's version is
     *                  its {@link EventVersion}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String aggregateId, String eventName, Object data) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(data)))) {
            json = reader.readObject();
        }
        RequestContext request = RequestContext.current().orElse(null);
        // The span that caused the event (a request's, or the one handling another event) becomes the parent of each
        // consumer's span: one trace across Kafka.
        String traceparent = CurrentSpan.traceparent().orElse(request == null ? null : request.traceparent());
        EventEnvelope event = EventEnvelope.create(settings.source(), eventName, aggregateId,
                EventData.versionOf(data.getClass()), json, request == null ? null : request.requestId(), traceparent);
        em.createNativeQuery("insert into messaging.outbox_event (id, topic, aggregate_id, event_type, payload)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .setParameter(3, aggregateId)
                .setParameter(4, event.type())
                .setParameter(5, event.toJson())
                .executeUpdate();
        return event;
    }

    /**
     * Queues a message for publishing exactly as it is (a dead letter being replayed): the same text, key and topic,
     * so every consumer sees it again, and those that applied it already skip it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(String topic, String key, String payload) {
        String id;
        try {
            id = EventEnvelope.parse(payload).id();
        } catch (MalformedEvent malformed) {
            id = UUID.randomUUID().toString();
        }
        em.createNativeQuery("insert into messaging.outbox_event (id, topic, aggregate_id, event_type, payload)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, topic)
                .setParameter(3, key == null || key.isEmpty() ? id : key)
                .setParameter(4, "replay")
                .setParameter(5, payload)
                .executeUpdate();
    }
}
