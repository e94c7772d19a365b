package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The headers of a call a service makes on its own behalf, not a user's: this service's own token
 * ({@link ServiceTokens}), and the request id and trace of the request it serves, if any. A REST client whose
 * calls are the service's own registers it instead of {@link PropagatedHeaders}
 * ({@code @RegisterClientHeaders(ServiceCredentials.class)}): the caller's token never goes along, so the other
 * service sees who is really calling, and what the platform lets that service do (its scopes) is all it can do.
 */
@ApplicationScoped
public class ServiceCredentials implements ClientHeadersFactory {

    @Inject
    ServiceTokens tokens;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.bearer());
        PropagatedHeaders.addRequestContext(headers);
        return headers;
    }
}
