package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.user.accounts.control.UserAccounts;
import dev.dryfruits.user.accounts.control.UserAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/users")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    @Inject
    UserAccounts accounts;

    @Inject
    UserAdministration administration;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Users, newest first, optionally matching part of an email or name")
    public Page<UserView> search(
            @Parameter(description = "Part of an email or a name") @QueryParam("q") String query,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return accounts.search(query, PageRequest.parse(page, size)).map(UserView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public UserView get(@PathParam("id") UUID id) {
        return UserView.of(accounts.get(id));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a user: no more sign-in or refresh, every session ends")
    public UserView disable(@PathParam("id") UUID id, @Valid DisableRequest request) {
        String reason = request == null ? null : request.reason();
        return UserView.of(administration.disable(id, currentUser.id(), reason));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled user again")
    public UserView enable(@PathParam("id") UUID id) {
        return UserView.of(administration.enable(id));
    }
}
