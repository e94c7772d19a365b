package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.product.catalog.control.Products;
import dev.dryfruits.product.catalog.entity.ProductStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's own listings, in every state. */
@Path("sellers/me/products")
@Tag(name = "Seller listings")
@RolesAllowed(Roles.SELLER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MyProductsResource {

    @Inject
    Products products;

    @Inject
    ProductViews views;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's listings, most recently changed first")
    public Page<ProductView> mine(
            @Parameter(description = "DRAFT, PENDING_REVIEW, LIVE, REJECTED or PAUSED") @QueryParam("status")
            String status,
            @Parameter(description = "Only the listing with this pack size (SKU)") @QueryParam("sku") String sku,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return views.of(products.ofSeller(currentUser.id(),
                QueryParameters.enumValue("status", status, ProductStatus.class), sku, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's listings, in any state")
    public ProductView one(@PathParam("id") UUID id) {
        return views.of(products.owned(currentUser.id(), id));
    }
}
