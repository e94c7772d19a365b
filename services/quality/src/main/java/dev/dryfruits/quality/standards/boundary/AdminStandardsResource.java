package dev.dryfruits.quality.standards.boundary;

import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.standards.control.Standards;
import dev.dryfruits.quality.standards.control.StandardsSubmission;
import dev.dryfruits.quality.standards.entity.StandardsProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators correct and extend the standards profiles. */
@Path("admin/quality/standards")
@Tag(name = "Lab quality administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminStandardsResource {

    @Inject
    Standards standards;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Path("{profile}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a profile's title and limits (a new name creates a profile); reports already"
            + " judged keep the limits they were held to")
    public StandardsView.ProfileView replace(@PathParam("profile") String profile, StandardsSubmission submission) {
        StandardsProfile saved = standards.replace(profile, submission, currentUser.id());
        return StandardsView.ProfileView.of(saved, saved.name().equals(standards.activeProfile()),
                standards.limits(saved.name()));
    }
}
