package dev.dryfruits.kit.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Response shapes the services share. */
public final class Responses {

    private Responses() {
    }

    /**
     * 201 Created with a Location relative to the public API root (for example {@code /api/users/42}).
     * {@code Response.created(URI)} would make it absolute against this service's own host, which behind the gateway is
     * an internal address the client cannot reach.
     */
    public static Response created(String path, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path).entity(entity).build();
    }
}
