package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.ServiceCredentials;
import dev.dryfruits.order.orders.entity.StockHold;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The inventory service's reservations (inventory/mp-rest/url), asked as this service (scope
 * inventory.reservations): holding stock is the order service's business, not the customer's.
 */
@RegisterRestClient(configKey = "inventory")
@RegisterClientHeaders(ServiceCredentials.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/inventory/reservations")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryReservations {

    record Line(String sku, int quantity) {
    }

    record Request(UUID orderId, List<Line> lines, int ttlSeconds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    StockHold reserve(Request request);

    @GET
    List<StockHold> ofOrder(@QueryParam("orderId") UUID orderId);

    @POST
    @Path("{id}/confirm")
    StockHold confirm(@PathParam("id") UUID id);

    @POST
    @Path("{id}/return")
    StockHold restock(@PathParam("id") UUID id);

    @DELETE
    @Path("{id}")
    StockHold release(@PathParam("id") UUID id);
}
