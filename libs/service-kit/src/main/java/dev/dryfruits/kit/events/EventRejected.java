package dev.dryfruits.kit.events;

/**
 * Thrown by a consumer's action for an event that can never be applied, whatever the retries (it contradicts what
 * this service knows for good): the event goes to the dead letters at once, with the reason. Anything else an action
 * throws is taken as possibly transient and retried.
 */
public class EventRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventRejected(String reason) {
        super(reason);
    }
}
