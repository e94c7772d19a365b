package dev.dryfruits.payment.payments.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.payment.payments.control.PaymentStore;
import dev.dryfruits.payment.payments.entity.PaymentStatus;
import dev.dryfruits.payment.payments.entity.RejectedWebhook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/payments")
@Tag(name = "Payments")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPaymentsResource {

    @Inject
    PaymentStore store;

    @GET
    @Operation(summary = "Payments, newest first, by status, order or customer")
    public Page<PaymentView> search(@QueryParam("status") String status, @QueryParam("orderId") String orderId,
                                    @QueryParam("customerId") String customerId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return store.search(QueryParameters.enumValue("status", status, PaymentStatus.class),
                        QueryParameters.uuid("orderId", orderId), QueryParameters.uuid("customerId", customerId),
                        PageRequest.parse(page, size))
                .map(payment -> PaymentView.of(payment, store.refundsOf(payment.id())));
    }

    @GET
    @Path("rejected-webhooks")
    @Operation(summary = "Webhooks refused because their signature did not verify, newest first")
    public Page<RejectedWebhookView> rejected(@QueryParam("page") String page, @QueryParam("size") String size) {
        return store.rejected(PageRequest.parse(page, size)).map(RejectedWebhookView::of);
    }

    @Schema(name = "RejectedWebhook")
    public record RejectedWebhookView(UUID id, Instant receivedAt, String reason, String eventId, String signature,
                                      String remoteAddress, String bodySha256, String bodyExcerpt) {

        static RejectedWebhookView of(RejectedWebhook webhook) {
            return new RejectedWebhookView(webhook.id(), webhook.receivedAt(), webhook.reason(), webhook.eventId(),
                    webhook.signature(), webhook.remoteAddress(), webhook.bodySha256(), webhook.bodyExcerpt());
        }
    }
}
