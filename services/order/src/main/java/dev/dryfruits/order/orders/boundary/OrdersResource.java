package dev.dryfruits.order.orders.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.order.orders.control.Cancellations;
import dev.dryfruits.order.orders.control.OrderPlacement;
import dev.dryfruits.order.orders.control.OrderStore;
import dev.dryfruits.order.orders.control.PlaceOrderRequest;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderStatus;
import dev.dryfruits.order.orders.entity.SubOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's orders (an administrator sees any; anyone else's order is 404). */
@Path("orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderPlacement placement;

    @Inject
    Cancellations cancellations;

    @Inject
    OrderStore store;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Places an order from the cart at the amounts of the customer's last quote (Idempotency-Key"
            + " required): 201 with the order, PENDING_PAYMENT with where to approve the payment (cash on delivery:"
            + " CONFIRMED). The same key again answers the same order (Idempotent-Replayed: true); with another body"
            + " 422. 409 quote-changed (with the new quote) when prices, stock or shipping changed since it was shown,"
            + " 409 out-of-stock before any payment, 503 when a service did not answer (nothing charged)")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey, PlaceOrderRequest request) {
        OrderPlacement.Placed placed = placement.place(currentUser.id(), idempotencyKey, request);
        // Relative, so that internal hosts never leak through the gateway.
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .location(URI.create("/api/orders/" + placed.order().id()))
                .entity(OrderViews.OrderView.of(placed.order()));
        if (!placed.created()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Your orders, newest first (by status)")
    public Page<OrderViews.OrderView> mine(@QueryParam("status") String status, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return store.ofCustomer(currentUser.id(), QueryParameters.enumValue("status", status, OrderStatus.class),
                PageRequest.parse(page, size)).map(OrderViews.OrderView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "One order with its sub-orders, payment, refunds and history")
    public OrderViews.OrderView one(@PathParam("id") UUID id) {
        return OrderViews.OrderView.of(visible(id));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Cancels your order before dispatch: the stock goes back, the payment is stopped or refunded"
            + " in full (202, CANCELLING until done; cancelling again changes nothing; 409 once it cannot be)")
    public Response cancel(@PathParam("id") UUID id) {
        return Response.accepted(OrderViews.OrderView.of(cancellations.byCustomer(currentUser.id(), id))).build();
    }

    @GET
    @Path("{id}/sub-orders/{subOrderId}/invoice")
    @RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
    @Operation(summary = "The seller's tax invoice for a sub-order (its customer, its seller or an administrator);"
            + " 404 until the order is confirmed")
    public OrderViews.InvoiceView invoice(@PathParam("id") UUID id, @PathParam("subOrderId") UUID subOrderId) {
        SubOrder subOrder = store.subOrder(subOrderId).filter(found -> found.order().id().equals(id))
                .filter(found -> currentUser.isAdmin() || found.sellerId().equals(currentUser.id())
                        || found.order().customerId().equals(currentUser.id()))
                .orElseThrow(() -> ProblemException.notFound("Sub-order " + subOrderId + " of order " + id));
        if (subOrder.invoiceNumber() == null) {
            throw ProblemException.notFound("The invoice of sub-order " + subOrderId + " (issued when the order is"
                    + " confirmed)");
        }
        return OrderViews.InvoiceView.of(subOrder);
    }

    private CustomerOrder visible(UUID id) {
        return store.find(id).filter(order -> currentUser.isAdmin() || (order.customerId().equals(currentUser.id())
                && order.status() != OrderStatus.NOT_PLACED))
                .orElseThrow(() -> ProblemException.notFound("Order " + id));
    }
}
