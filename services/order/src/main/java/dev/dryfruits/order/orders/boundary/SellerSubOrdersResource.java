package dev.dryfruits.order.orders.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.order.orders.control.OrderStore;
import dev.dryfruits.order.orders.entity.OrderStatus;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in seller's own sub-orders: what to pack (SKU, packs, lots) and where it goes; anyone else's is 404. */
@Path("sellers/me/sub-orders")
@Tag(name = "Orders")
@RolesAllowed(Roles.SELLER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SellerSubOrdersResource {

    @Inject
    OrderStore store;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Your sub-orders, newest first (by status: CONFIRMED ones are to be packed)")
    public Page<OrderViews.SellerSubOrderView> mine(@QueryParam("status") String status,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        return store.ofSeller(currentUser.id(), QueryParameters.enumValue("status", status, OrderStatus.class),
                PageRequest.parse(page, size)).map(OrderViews.SellerSubOrderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your sub-orders")
    public OrderViews.SellerSubOrderView one(@PathParam("id") UUID id) {
        return store.subOrder(id).filter(subOrder -> subOrder.sellerId().equals(currentUser.id())
                        && subOrder.status() != OrderStatus.NOT_PLACED && subOrder.status() != OrderStatus.PLACING)
                .map(OrderViews.SellerSubOrderView::of)
                .orElseThrow(() -> ProblemException.notFound("Sub-order " + id));
    }
}
