package dev.dryfruits.notification.delivery.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.notification.delivery.control.DeliveryLedger;
import dev.dryfruits.notification.delivery.control.Notifications;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.DeliveryStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/notifications")
@Tag(name = "Notification administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminNotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    DeliveryLedger ledger;

    @GET
    @Operation(summary = "The delivery log, newest first, filtered by status, channel, type or user")
    public Page<NotificationView> search(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                         @QueryParam("type") String type, @QueryParam("userId") String userId,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Notifications.Filter filter = new Notifications.Filter(QueryParameters.uuid("userId", userId),
                QueryParameters.enumValue("status", status, DeliveryStatus.class),
                QueryParameters.enumValue("channel", channel, Channel.class),
                type == null || type.isBlank() ? null : type.strip());
        return notifications.search(filter, PageRequest.parse(page, size)).map(NotificationView::forAdministrator);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message")
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.forAdministrator(notifications.get(id));
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a FAILED (or still PENDING) message again, with a new round of attempts")
    @APIResponse(responseCode = "200", description = "Queued again")
    @APIResponse(responseCode = "409", description = "It was sent already")
    public NotificationView retry(@PathParam("id") UUID id) {
        return NotificationView.forAdministrator(ledger.retry(id));
    }
}
