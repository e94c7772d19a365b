package dev.dryfruits.quality.standards.boundary;

import dev.dryfruits.quality.standards.control.Standards;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The limits lots are held to. Public: customers and sellers may see exactly what "passed" means. */
@Path("quality/standards")
@Tag(name = "Lab quality")
@Produces(MediaType.APPLICATION_JSON)
public class StandardsResource {

    @Inject
    Standards standards;

    @GET
    @PermitAll
    @Operation(summary = "Every standards profile with its limits and their sources, and which one is in force")
    public StandardsView all() {
        String active = standards.activeProfile();
        return new StandardsView(active, standards.profiles().stream().map(profile -> StandardsView.ProfileView.of(
                profile, profile.name().equals(active), standards.limits(profile.name()))).toList());
    }
}
