package dev.dryfruits.payment.processor.control;

/** The processor failed to answer (5xx): it may answer the same request another time. */
public class ProviderFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderFailure(String message) {
        super(message);
    }
}
