package dev.dryfruits.notification.preferences.boundary;

import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.notification.planning.control.NotificationRules;
import dev.dryfruits.notification.preferences.control.PreferenceBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications/preferences")
@Tag(name = "Notifications")
@RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    @Inject
    PreferenceBook preferences;

    @Inject
    NotificationRules rules;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's channel choices (every channel until changed)")
    public PreferencesView get() {
        return PreferencesView.of(preferences.of(currentUser.id()), rules.transactionalTypes());
    }

    @PUT
    @Operation(summary = "Change the caller's channel choices; transactional messages are sent regardless")
    public PreferencesView change(@Valid @NotNull PreferencesView choice) {
        return PreferencesView.of(preferences.change(currentUser.id(), choice.email(), choice.sms()),
                rules.transactionalTypes());
    }
}
