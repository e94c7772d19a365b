package dev.dryfruits.payment.payments.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.kit.security.ServiceScope;
import dev.dryfruits.payment.payments.control.CancelRequest;
import dev.dryfruits.payment.payments.control.PaymentRequest;
import dev.dryfruits.payment.payments.control.Payments;
import dev.dryfruits.payment.payments.control.RefundRequest;
import dev.dryfruits.payment.payments.entity.Payment;
import dev.dryfruits.payment.payments.entity.Refund;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payments for orders: made, cancelled and refunded by the order service (its token's scope payment.payments) and
 * administrators; read by them and by the customer whose payment it is (anyone else's is 404).
 */
@Path("payments")
@Tag(name = "Payments")
@ServiceScope("payment.payments")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @Inject
    Payments payments;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A payment for an order: recorded, then created at the processor (201 with where the customer"
            + " approves it); cash on delivery charges nothing now. The same order and attempt again answer the"
            + " same payment (200), with another amount, method or instrument 422; a cancelled order's 409")
    public Response create(PaymentRequest request) {
        Payments.Created made = payments.create(request);
        PaymentView view = view(made.payment());
        return made.created() ? Responses.created("/api/payments/" + view.id(), view) : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(summary = "The payments of an order (a customer sees only their own orders')")
    public List<PaymentView> ofOrder(@QueryParam("orderId") String orderId) {
        UUID order = QueryParameters.uuid("orderId", orderId);
        if (order == null) {
            throw ProblemException.invalidField("orderId", "is required");
        }
        return payments.ofOrder(order).stream().filter(this::visible).map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.CUSTOMER})
    @Operation(summary = "One payment, with its refunds (404 for a customer it does not belong to)")
    public PaymentView one(@PathParam("id") UUID id) {
        return payments.find(id).filter(this::visible).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Payment " + id));
    }

    @POST
    @Path("orders/{orderId}/cancel")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The order gave up: open payments are cancelled, none will be captured, what was captured is"
            + " refunded in full, and a payment made later is refunded too (calling again changes nothing)")
    public List<PaymentView> cancel(@PathParam("orderId") UUID orderId, CancelRequest request) {
        return payments.abandon(orderId, request).stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/refunds")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refunds part or all of what was captured (Idempotency-Key required: the same key again"
            + " answers the same refund; with another amount 422; more than is left 409)")
    public Response refund(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           RefundRequest request) {
        Refund refund = payments.refund(id, request, idempotencyKey);
        return Responses.created("/api/payments/" + id, PaymentView.RefundView.of(refund));
    }

    private boolean visible(Payment payment) {
        return !currentUser.roles().contains(Roles.CUSTOMER) || payment.customerId().equals(currentUser.id());
    }

    private PaymentView view(Payment payment) {
        return PaymentView.of(payment, payments.refundsOf(payment.id()));
    }
}
