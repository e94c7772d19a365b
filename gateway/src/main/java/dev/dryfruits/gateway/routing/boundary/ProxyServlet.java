package dev.dryfruits.gateway.routing.boundary;

import dev.dryfruits.gateway.edge.Problems;
import dev.dryfruits.gateway.ratelimit.control.RateLimiter;
import dev.dryfruits.gateway.routing.control.Forwarding;
import dev.dryfruits.gateway.routing.control.RequestBodyTooLarge;
import dev.dryfruits.gateway.routing.control.RouteTable;
import dev.dryfruits.gateway.routing.control.UpstreamUnavailable;
import dev.dryfruits.gateway.routing.control.Upstreams;
import dev.dryfruits.gateway.routing.entity.Route;
import dev.dryfruits.gateway.routing.entity.Upstream;
import dev.dryfruits.gateway.security.control.InvalidToken;
import dev.dryfruits.gateway.security.control.TokenVerifier;
import dev.dryfruits.gateway.security.entity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Everything under /api: check the path, find the owning service, check the token (unless the endpoint is public),
 * apply the caller's rate limit and the body size limit, then pass the request on and the answer back.
 */
@WebServlet(urlPatterns = "/api/*", asyncSupported = false)
public class ProxyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProxyServlet.class.getName());
    private static final String RETRY_AFTER_OPEN_CIRCUIT = "5";

    @Inject
    RouteTable routes;

    @Inject
    Upstreams upstreams;

    @Inject
    TokenVerifier tokens;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Forwarding forwarding;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (RouteTable.isAmbiguous(path)) {
            Problems.send(request, response, 400, "ambiguous-path", "Bad request",
                    "The path contains encoded separators, dot segments or parameters");
            return;
        }
        if (RouteTable.isUnreadableQuery(request.getQueryString())) {
            Problems.send(request, response, 400, "unreadable-query", "Bad request",
                    "The query contains a malformed percent-encoding or a control character");
            return;
        }
        Optional<Route> route = routes.route(path);
        if (route.isEmpty()) {
            Problems.send(request, response, 404, "not-found", "Not found", "There is nothing at this path");
            return;
        }
        Optional<Caller> caller = authenticate(request, response, path);
        if (caller.isEmpty()) {
            return;
        }
        RateLimiter.Decision rate = rateLimiter.tryAcquire(caller.get().rateLimitKey());
        if (!rate.allowed()) {
            response.setHeader("Retry-After", Long.toString(rate.retryAfterSeconds()));
            Problems.send(request, response, 429, "too-many-requests", "Too many requests",
                    "Rate limit of " + rate.limit() + " requests exceeded; retry after " + rate.retryAfterSeconds()
                            + " s");
            return;
        }
        if (request.getContentLengthLong() > forwarding.maxBodyBytes()) {
            sendTooLarge(request, response);
            return;
        }
        forward(request, response, upstreams.get(route.get().upstream()));
    }

    /** The caller, or nothing when a 401 has been sent. Any token presented must be valid, even on public endpoints. */
    private Optional<Caller> authenticate(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            try {
                return Optional.of(tokens.verify(authorization, request.getRemoteAddr()));
            } catch (InvalidToken invalid) {
                LOG.log(Level.FINE, "Token rejected", invalid);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"dryfruits\", error=\"invalid_token\"");
                Problems.send(request, response, 401, "unauthorized", "Unauthorized", invalid.getMessage());
                return Optional.empty();
            }
        }
        if (routes.isPublic(request.getMethod(), path)) {
            return Optional.of(Caller.anonymous(request.getRemoteAddr()));
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"dryfruits\"");
        Problems.send(request, response, 401, "unauthorized", "Unauthorized", "A valid bearer token is required");
        return Optional.empty();
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, Upstream upstream)
            throws IOException {
        boolean head = "HEAD".equals(request.getMethod());
        try {
            HttpResponse<InputStream> answer = forwarding.forward(request, upstream);
            forwarding.relay(answer, response, head);
        } catch (UpstreamUnavailable unavailable) {
            Optional<HttpResponse<InputStream>> answer = unavailable.response();
            if (answer.isPresent()) {
                forwarding.relay(answer.get(), response, head);
            } else if (unavailable.timedOut()) {
                LOG.warning(() -> upstream.name() + " did not answer in time: " + unavailable.getMessage());
                Problems.send(request, response, 504, "upstream-timeout", "Gateway timeout",
                        "The " + upstream.name() + " service did not answer in time");
            } else {
                LOG.warning(() -> upstream.name() + " is unreachable: " + unavailable.getMessage());
                unavailable(request, response, upstream, "is unreachable");
            }
        } catch (CircuitBreakerOpenException open) {
            unavailable(request, response, upstream, "is failing; the gateway stopped calling it for a few seconds");
        } catch (BulkheadException full) {
            unavailable(request, response, upstream, "is handling as many requests as it can");
        } catch (TimeoutException slow) {
            Problems.send(request, response, 504, "upstream-timeout", "Gateway timeout",
                    "The " + upstream.name() + " service did not answer in time");
        } catch (RequestBodyTooLarge tooLarge) {
            sendTooLarge(request, response);
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, Upstream upstream,
                                    String why) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_OPEN_CIRCUIT);
        Problems.send(request, response, 503, "service-unavailable", "Service unavailable",
                "The " + upstream.name() + " service " + why);
    }

    private void sendTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of an oversized body is not worth reading: close the connection after answering.
        response.setHeader("Connection", "close");
        Problems.send(request, response, 413, "payload-too-large", "Payload too large",
                "Request bodies may be at most " + forwarding.maxBodyBytes() + " bytes");
    }
}
