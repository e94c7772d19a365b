package dev.dryfruits.kit.events;

/** A message that is not an event we can read; it goes straight to the dead letters, retrying cannot help. */
public class MalformedEvent extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedEvent(String reason) {
        super(reason);
    }
}
