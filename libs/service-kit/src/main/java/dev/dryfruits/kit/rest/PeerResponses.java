package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * How the platform's REST clients read another service's error responses: a 4xx is an answer (nothing there for
 * this caller: {@link Refusal}, which retries and circuit breakers leave alone), a 5xx a failure to answer
 * ({@link Failure}, retried, counted by the circuit breaker). Registered with {@code @RegisterProvider}.
 */
public class PeerResponses implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        if (response.getStatus() >= 500) {
            return new Failure(response.getStatus());
        }
        return new Refusal(response.getStatus(), problemOf(response));
    }

    /** The refusal's problem detail, when it sent one (every service of the platform does). */
    private static JsonObject problemOf(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            response.bufferEntity();
            try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
                return reader.readObject();
            }
        } catch (RuntimeException notAProblem) {
            return null;
        }
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The other service answered no (404, 403, a 400 naming what it found wrong...). */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient JsonObject problem;

        public Refusal(int status) {
            this(status, null);
        }

        public Refusal(int status, JsonObject problem) {
            super("Answered " + status + (problem == null ? "" : ": " + problem.getString("detail", "")));
            this.status = status;
            this.problem = problem;
        }

        public int status() {
            return status;
        }

        /** Its problem's detail, or empty. */
        public Optional<String> detail() {
            return Optional.ofNullable(problem).map(body -> body.getString("detail", null));
        }

        /** The fields its problem named as invalid, and why (empty when it named none). */
        public List<Problem.Violation> violations() {
            if (problem == null || !(problem.get("errors") instanceof JsonArray errors)) {
                return List.of();
            }
            return errors.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                    .map(error -> new Problem.Violation(error.getString("field", ""), error.getString("message", "")))
                    .toList();
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
