package dev.dryfruits.gateway.routing.control;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The upstream could not serve the request: unreachable, too slow, or itself answering 502, 504 or a 503 without
 * Retry-After. Counts towards the upstream's circuit breaker. When the upstream did answer, its answer is kept so that it can be relayed.
 */
public class UpstreamUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient HttpResponse<InputStream> response;
    private final boolean timedOut;

    UpstreamUnavailable(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.response = null;
        this.timedOut = timedOut;
    }

    UpstreamUnavailable(HttpResponse<InputStream> response) {
        super("Upstream answered " + response.statusCode());
        this.response = response;
        this.timedOut = false;
    }

    public Optional<HttpResponse<InputStream>> response() {
        return Optional.ofNullable(response);
    }

    public boolean timedOut() {
        return timedOut;
    }
}
