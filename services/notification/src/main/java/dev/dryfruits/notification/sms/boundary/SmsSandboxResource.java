package dev.dryfruits.notification.sms.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.notification.sms.control.SandboxSmsGateway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the sandbox SMS provider has accepted, and how it behaves; for development and tests. */
@Path("admin/sms-sandbox")
@Tag(name = "Notification administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SmsSandboxResource {

    @Inject
    SandboxSmsGateway sandbox;

    @GET
    @Operation(summary = "SMS the sandbox accepted, newest first, optionally to one phone")
    public Page<SandboxSmsView> sent(@QueryParam("phone") String phone, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return sandbox.sent(phone == null || phone.isBlank() ? null : phone.strip(), PageRequest.parse(page, size))
                .map(SandboxSmsView::of);
    }

    @GET
    @Path("behaviour")
    @Operation(summary = "How the sandbox answers")
    public SandboxBehaviourView behaviour() {
        return SandboxBehaviourView.of(sandbox.behaviour());
    }

    @PUT
    @Path("behaviour")
    @Operation(summary = "Make the sandbox fail, or answer slowly")
    public SandboxBehaviourView changeBehaviour(@Valid @NotNull SandboxBehaviourView behaviour) {
        return SandboxBehaviourView.of(sandbox.changeBehaviour(behaviour.failing(),
                Duration.ofMillis(behaviour.latencyMillis())));
    }
}
