package dev.dryfruits.order.catalog.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.PropagatedHeaders;
import dev.dryfruits.order.catalog.entity.ListedProduct;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The product service, the owner of the catalog, as this service asks it (product/mp-rest/url). */
@RegisterRestClient(configKey = "product")
@RegisterClientHeaders(PropagatedHeaders.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/products")
public interface ProductCatalog {

    /** The listing on sale with this pack size; 404 when none is. */
    @GET
    @Path("skus/{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    ListedProduct listingWith(@PathParam("sku") String sku);
}
