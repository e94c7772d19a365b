package dev.dryfruits.inventory.reservations.boundary;

import dev.dryfruits.inventory.reservations.control.OrderReservations;
import dev.dryfruits.inventory.reservations.control.ReservationRequest;
import dev.dryfruits.inventory.reservations.control.Reservations;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.kit.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock held for orders, for the order service (its token's scope inventory.reservations) and administrators. */
@Path("inventory/reservations")
@Tag(name = "Reservations")
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@ServiceScope("inventory.reservations")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationsResource {

    @Inject
    OrderReservations orderReservations;

    @Inject
    Reservations reservations;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold every line's packs for an order, first expiry first, or nothing (409 naming the SKUs"
            + " short); the same order again answers its first reservation (200)")
    public Response reserve(ReservationRequest request) {
        Reservations.Reserved reserved = orderReservations.reserve(request, currentUser.id());
        ReservationView view = ReservationView.of(reserved.reservation());
        return reserved.created() ? Responses.created("/api/inventory/reservations/" + view.id(), view)
                : Response.ok(view).build();
    }

    @GET
    @Operation(summary = "The reservation of an order, if it has one (an empty list otherwise)")
    public List<ReservationView> ofOrder(@QueryParam("orderId") String orderId) {
        UUID order = QueryParameters.uuid("orderId", orderId);
        if (order == null) {
            throw ProblemException.invalidField("orderId", "is required");
        }
        return reservations.ofOrder(order).map(ReservationView::of).stream().toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reservation")
    public ReservationView one(@PathParam("id") UUID id) {
        return ReservationView.of(reservations.find(id)
                .orElseThrow(() -> ProblemException.notFound("Reservation " + id)));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The order was placed: the packs leave their lots (confirming again changes nothing)")
    public ReservationView confirm(@PathParam("id") UUID id) {
        return ReservationView.of(reservations.confirm(id));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The order was cancelled before dispatch: a confirmed reservation's packs go back to their"
            + " lots (returning again changes nothing; anything but a confirmed reservation is 409)")
    public ReservationView restock(@PathParam("id") UUID id) {
        return ReservationView.of(reservations.restock(id, "Order cancelled before dispatch ("
                + (currentUser.isAdmin() ? "an administrator" : "the order service") + ")"));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Give the packs back (releasing again changes nothing; a confirmed reservation is 409)")
    public ReservationView release(@PathParam("id") UUID id) {
        return ReservationView.of(reservations.release(id, "Released by " + (currentUser.isAdmin()
                ? "an administrator" : "the order service")));
    }
}
