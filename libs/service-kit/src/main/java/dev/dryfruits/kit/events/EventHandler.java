package dev.dryfruits.kit.events;

/** What a consumer does with one event; it runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope event) throws Exception;
}
