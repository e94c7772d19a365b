package dev.dryfruits.notification.delivery.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.notification.delivery.control.Notifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications/me")
@Tag(name = "Notifications")
@RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's messages, newest first")
    public Page<NotificationView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return notifications.search(new Notifications.Filter(currentUser.id(), null, null, null),
                PageRequest.parse(page, size)).map(NotificationView::forOwner);
    }
}
