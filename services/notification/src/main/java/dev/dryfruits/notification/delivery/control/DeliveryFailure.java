package dev.dryfruits.notification.delivery.control;

/** A channel could not deliver a message this time (the server refused or could not be reached). */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
