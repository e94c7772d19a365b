package dev.dryfruits.inventory.skus.control;

import dev.dryfruits.inventory.skus.entity.CatalogListings;
import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.PropagatedHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The product service, the owner of the catalog, as this service asks it (product/mp-rest/url). */
@RegisterRestClient(configKey = "product")
@RegisterClientHeaders(PropagatedHeaders.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/sellers/me/products")
public interface ProductService {

    /** The calling seller's listings in a state that sell a pack size. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    CatalogListings callersListings(@QueryParam("sku") String sku, @QueryParam("status") String status);
}
