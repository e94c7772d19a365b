package dev.dryfruits.gateway.routing.control;

import dev.dryfruits.gateway.edge.EdgeRequest;
import dev.dryfruits.gateway.routing.entity.Upstream;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passes a request to its upstream and the answer back, streaming bodies both ways: status and end-to-end headers
 * are kept, hop-by-hop headers dropped, and X-Forwarded-*, X-Request-Id and traceparent added.
 */
@ApplicationScoped
public class Forwarding {

    /** Set by the gateway itself: whatever the client sent under these names is replaced, never trusted. */
    private static final Set<String> REPLACED = Set.of("host", "content-length", "expect", "forwarded",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-request-id",
            "traceparent");

    @Inject
    Upstreams upstreams;

    @Inject
    @ConfigProperty(name = "gateway.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "gateway.upstream-connect-timeout", defaultValue = "PT1S")
    Duration connectTimeout;

    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public HttpResponse<InputStream> forward(HttpServletRequest request, Upstream upstream)
            throws UpstreamUnavailable, RequestBodyTooLarge {
        return upstreams.guard(upstream.name()).exchange(client, upstream.name(),
                instance -> outgoing(request, upstream, instance));
    }

    /** A plain GET to an upstream, through the same guard (the OpenAPI aggregator uses it). */
    public HttpResponse<InputStream> get(Upstream upstream, String pathAndQuery, Duration timeout, String accept)
            throws UpstreamUnavailable, RequestBodyTooLarge {
        return upstreams.guard(upstream.name()).exchange(client, upstream.name(),
                instance -> HttpRequest.newBuilder(instance.resolve(pathAndQuery)).timeout(timeout)
                        .header("Accept", accept).GET().build());
    }

    /** A plain GET to a URL of the platform's own, outside any upstream's guard (a shared OpenAPI document). */
    public HttpResponse<InputStream> get(URI url, Duration timeout, String accept) throws IOException,
            InterruptedException {
        return client.send(HttpRequest.newBuilder(url).timeout(timeout).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpRequest outgoing(HttpServletRequest request, Upstream upstream, URI instance) {
        String query = request.getQueryString();
        String pathAndQuery = request.getRequestURI() + (query == null ? "" : "?" + query);
        HttpRequest.Builder outgoing = HttpRequest.newBuilder(instance.resolve(pathAndQuery))
                .timeout(upstream.timeout())
                .method(request.getMethod(), body(request));
        HopByHopHeaders hopByHop = new HopByHopHeaders(request.getHeader("Connection"));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!hopByHop.contains(name) && !REPLACED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    outgoing.header(name, value);
                }
            }
        }
        EdgeRequest edge = EdgeRequest.of(request);
        outgoing.header("X-Forwarded-For", request.getRemoteAddr())
                .header("X-Forwarded-Proto", request.getScheme())
                .header(EdgeRequest.REQUEST_ID_HEADER, edge.requestId())
                .header(EdgeRequest.TRACEPARENT_HEADER, edge.traceparent());
        String host = request.getHeader("Host");
        if (host != null) {
            outgoing.header("X-Forwarded-Host", host);
        }
        return outgoing.build();
    }

    private HttpRequest.BodyPublisher body(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new LimitedInputStream(request.getInputStream(), maxBodyBytes);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
        return length > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
    }

    /** Copies the upstream's answer to the client, streaming the body. */
    public void relay(HttpResponse<InputStream> upstream, HttpServletResponse response, boolean headRequest)
            throws IOException {
        response.setStatus(upstream.statusCode());
        HopByHopHeaders hopByHop = new HopByHopHeaders(upstream.headers().firstValue("Connection").orElse(null));
        for (Map.Entry<String, List<String>> header : upstream.headers().map().entrySet()) {
            String name = header.getKey();
            if (hopByHop.contains(name) || name.startsWith(":")) {
                continue;
            }
            if ("content-length".equalsIgnoreCase(name)) {
                response.setContentLengthLong(Long.parseLong(header.getValue().get(0)));
            } else if (!EdgeRequest.REQUEST_ID_HEADER.equalsIgnoreCase(name)) {
                header.getValue().forEach(value -> response.addHeader(name, value));
            }
        }
        try (InputStream body = upstream.body()) {
            if (!headRequest) {
                OutputStream out = response.getOutputStream();
                body.transferTo(out);
                out.flush();
            }
        }
    }
}
