package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.product.catalog.control.Products;
import dev.dryfruits.product.catalog.entity.ProductStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Administrators review listings before they go on sale. */
@Path("admin/products")
@Tag(name = "Catalog administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminProductsResource {

    @Inject
    Products products;

    @Inject
    ProductViews views;

    @GET
    @Operation(summary = "Listings, oldest submission first (the review queue with status=PENDING_REVIEW)")
    public Page<ProductView> search(
            @Parameter(description = "DRAFT, PENDING_REVIEW, LIVE, REJECTED or PAUSED") @QueryParam("status")
            String status,
            @Parameter(description = "Only this seller's") @QueryParam("sellerId") String sellerId,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return views.of(products.search(QueryParameters.enumValue("status", status, ProductStatus.class),
                QueryParameters.uuid("sellerId", sellerId), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Any listing, in any state")
    public ProductView get(@PathParam("id") UUID id) {
        return views.of(products.get(id));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Put a PENDING_REVIEW listing on sale (ProductPublished)")
    public ProductView approve(@PathParam("id") UUID id) {
        return views.of(products.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Send a PENDING_REVIEW listing back to its seller with a reason (ProductRejected)")
    public ProductView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return views.of(products.reject(id, request.reason()));
    }
}
