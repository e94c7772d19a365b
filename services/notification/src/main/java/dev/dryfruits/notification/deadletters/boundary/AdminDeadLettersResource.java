package dev.dryfruits.notification.deadletters.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.notification.deadletters.control.DeadLetterArchive;
import dev.dryfruits.notification.deadletters.entity.DeadLetter;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dead letters of every service's consumers. */
@Path("admin/dead-letters")
@Tag(name = "Dead letters")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDeadLettersResource {

    @Inject
    DeadLetterArchive archive;

    @GET
    @Operation(summary = "Dead letters, newest first, optionally by status (NEW, REPLAYED)")
    public Page<DeadLetterView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return archive.list(QueryParameters.enumValue("status", status, DeadLetter.Status.class),
                PageRequest.parse(page, size)).map(DeadLetterView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead letter")
    public DeadLetterView get(@PathParam("id") UUID id) {
        return DeadLetterView.of(archive.get(id));
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Put the original message back on its topic; consumers that applied it already skip it")
    public DeadLetterView replay(@PathParam("id") UUID id) {
        return DeadLetterView.of(archive.replay(id));
    }
}
