package dev.dryfruits.gateway.routing.control;

import dev.dryfruits.gateway.discovery.control.InstanceRegistry;
import dev.dryfruits.gateway.discovery.entity.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One upstream's fault tolerance, one bean per upstream (see {@link UpstreamGuards}):
 * <ul>
 * <li>the circuit opens when half of the last 10 calls failed (see {@link #failed}), and fails calls at once for 5 s
 * before trying again;</li>
 * <li>a bulkhead caps the calls in flight to one upstream, so a hanging service cannot hold every gateway thread;</li>
 * <li>a timeout backs up the per-upstream HTTP timeout;</li>
 * <li>an instance that refuses the connection is skipped for the next one (InstanceRegistry).</li>
 * </ul>
 * Every value can be changed through MicroProfile Config, e.g.
 * {@code dev.dryfruits.gateway.routing.control.UpstreamGuard/exchange/CircuitBreaker/delay=10000}.
 * Only the upstream's own failures count; a client's oversized body does not.
 */
public class UpstreamGuard {

    @Inject
    InstanceRegistry registry;

    /**
     * Sends the request to one instance of the upstream after another, in the registry's order, until one accepts
     * the connection: a refused connection means nothing was sent, so another instance may safely take it.
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, failOn = {UpstreamUnavailable.class, TimeoutException.class})
    @Bulkhead(100)
    public HttpResponse<InputStream> exchange(HttpClient client, String upstream, Function<URI, HttpRequest> requestTo)
            throws UpstreamUnavailable, RequestBodyTooLarge {
        IOException refused = null;
        for (Instance instance : registry.candidates(upstream)) {
            HttpRequest request = requestTo.apply(instance.baseUri());
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException | ConnectException notAccepted) {
                registry.unreachable(instance);
                refused = notAccepted;
                continue;
            } catch (HttpTimeoutException slow) {
                throw new UpstreamUnavailable("No answer within " + request.timeout().orElse(null), slow, true);
            } catch (IOException failed) {
                RequestBodyTooLarge tooLarge = causeOf(failed, RequestBodyTooLarge.class);
                if (tooLarge != null) {
                    throw tooLarge;
                }
                if (causeOf(failed, ConnectException.class) != null) {
                    registry.unreachable(instance);
                    refused = failed;
                    continue;
                }
                throw new UpstreamUnavailable("Upstream failed: " + failed, failed, false);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new UpstreamUnavailable("Interrupted while waiting for the upstream", interrupted, true);
            }
            if (failed(response)) {
                throw new UpstreamUnavailable(response);
            }
            return response;
        }
        throw new UpstreamUnavailable("No instance of " + upstream + " accepted the connection", refused, false);
    }

    /**
     * 502 and 504 are failures of the upstream, and so is a 503 without Retry-After. A 503 with Retry-After is a
     * service that is up and says when to come back (a full line for password hashing, a change on its way): relayed
     * as it is, it must not open the circuit for the service's other requests.
     */
    private static boolean failed(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        return status == 502 || status == 504
                || status == 503 && response.headers().firstValue("Retry-After").isEmpty();
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
