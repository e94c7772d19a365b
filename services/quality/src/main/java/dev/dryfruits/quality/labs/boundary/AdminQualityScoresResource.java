package dev.dryfruits.quality.labs.boundary;

import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.labs.control.LabReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sellers' quality scores, for administrators (and, later, analytics). */
@Path("admin/quality/sellers")
@Tag(name = "Lab quality administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminQualityScoresResource {

    @Inject
    LabReports reports;

    @GET
    @Path("{sellerId}")
    @Operation(summary = "A seller's lab pass rate over their last reports (dryfruits.quality.score-window)")
    public LabReports.Score score(@PathParam("sellerId") UUID sellerId) {
        return reports.score(sellerId);
    }
}
