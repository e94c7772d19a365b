package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.request.CurrentSpan;
import dev.dryfruits.kit.request.RequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * What a service's call to another carries along from the request it serves: the caller's bearer token (the other
 * service decides what the caller may see, as it would for the caller directly), and the request id and trace of the
 * request, so that both services' logs tell one story. Every REST client of the platform registers it
 * ({@code @RegisterClientHeaders(PropagatedHeaders.class)}).
 */
public class PropagatedHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        String authorization = incoming.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        addRequestContext(headers);
        return headers;
    }

    /**
     * The request id and trace of the request being served. With tracing on, the REST client's own span goes in the
     * traceparent instead (MicroProfile Telemetry sets it), so that the callee's span is its child.
     */
    static void addRequestContext(MultivaluedMap<String, String> headers) {
        RequestContext.current().ifPresent(request -> {
            headers.putSingle(RequestContext.REQUEST_ID_HEADER, request.requestId());
            if (CurrentSpan.traceparent().isEmpty()) {
                headers.putSingle(RequestContext.TRACEPARENT_HEADER, request.traceparent());
            }
        });
    }
}
