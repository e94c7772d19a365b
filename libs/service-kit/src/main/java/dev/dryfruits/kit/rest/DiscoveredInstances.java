package dev.dryfruits.kit.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Sends each REST client request to a ready instance of the service its URL names ({@link InstanceDirectory}):
 * registered on every MicroProfile REST client of the service by {@link DiscoveryRegistration}.
 */
public class DiscoveredInstances implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        request.setUri(CDI.current().select(InstanceDirectory.class).get().resolve(request.getUri()));
    }
}
