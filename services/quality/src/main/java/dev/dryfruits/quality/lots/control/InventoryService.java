package dev.dryfruits.quality.lots.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.PropagatedHeaders;
import dev.dryfruits.quality.lots.entity.InventoryLot;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inventory service, the owner of lots, as this service asks it (inventory/mp-rest/url). */
@RegisterRestClient(configKey = "inventory")
@RegisterClientHeaders(PropagatedHeaders.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/inventory/lots")
public interface InventoryService {

    /** The lot, if the caller may see it (its seller, or an administrator). */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    InventoryLot lot(@PathParam("id") UUID lotId);
}
