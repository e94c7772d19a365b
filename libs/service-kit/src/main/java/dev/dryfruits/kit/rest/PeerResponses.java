package dev.dryfruits.kit.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * How the platform's REST clients read another service's error responses: a 4xx is an answer (nothing there for
 * this caller: {@link Refusal}, which retries and circuit breakers leave alone), a 5xx a failure to answer
 * ({@link Failure}, retried, counted by the circuit breaker). Registered with {@code @RegisterProvider}.
 */
public class PeerResponses implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        return response.getStatus() < 500 ? new Refusal(response.getStatus()) : new Failure(response.getStatus());
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The other service answered no (404, 403...). */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        public Refusal(int status) {
            super("Answered " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The other service failed to answer (5xx). */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(int status) {
            super("Answered " + status);
        }
    }
}
