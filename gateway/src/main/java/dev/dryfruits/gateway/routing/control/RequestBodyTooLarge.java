package dev.dryfruits.gateway.routing.control;

import java.io.IOException;

/** The client sent more than the gateway accepts; not the upstream's fault, so the circuit breaker ignores it. */
public class RequestBodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestBodyTooLarge(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
