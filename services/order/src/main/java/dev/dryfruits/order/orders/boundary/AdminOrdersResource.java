package dev.dryfruits.order.orders.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.order.orders.control.Cancellations;
import dev.dryfruits.order.orders.control.OrderStore;
import dev.dryfruits.order.orders.entity.OrderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every order, for administrators: search, view, cancel before dispatch. */
@Path("admin/orders")
@Tag(name = "Orders")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOrdersResource {

    @Inject
    OrderStore store;

    @Inject
    Cancellations cancellations;

    @Inject
    @ConfigProperty(name = "dryfruits.order.zone")
    ZoneId zone;

    @GET
    @Operation(summary = "Orders, newest first, by status, customer, seller and the days they were placed (from and"
            + " to both included, Indian time)")
    public Page<OrderViews.OrderView> search(@QueryParam("status") String status,
                                             @QueryParam("customerId") String customerId,
                                             @QueryParam("sellerId") String sellerId, @QueryParam("from") String from,
                                             @QueryParam("to") String to, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        return store.search(QueryParameters.enumValue("status", status, OrderStatus.class),
                        QueryParameters.uuid("customerId", customerId), QueryParameters.uuid("sellerId", sellerId),
                        first == null ? null : first.atStartOfDay(zone).toInstant(),
                        last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
                        PageRequest.parse(page, size))
                .map(OrderViews.OrderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order, whatever its state (orders never placed included)")
    public OrderViews.OrderView one(@PathParam("id") UUID id) {
        return store.find(id).map(OrderViews.OrderView::of).orElseThrow(() -> ProblemException.notFound("Order " + id));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancels an order before dispatch, with a reason (202; the stock goes back, the payment is"
            + " stopped or refunded in full)")
    public Response cancel(@PathParam("id") UUID id, Cancellations.Reason reason) {
        return Response.accepted(OrderViews.OrderView.of(cancellations.byAdministrator(id, reason))).build();
    }
}
