package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.rest.JsonObjectBodies;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.user.accounts.control.PasswordWork;
import dev.dryfruits.user.accounts.control.Profiles;
import dev.dryfruits.user.accounts.control.Registration;
import dev.dryfruits.user.accounts.control.UserAccounts;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.Role;
import dev.dryfruits.user.accounts.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    static final String MERGE_PATCH = JsonObjectBodies.MERGE_PATCH;

    @Inject
    Registration registration;

    @Inject
    Profiles profiles;

    @Inject
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordWork passwordWork;

    @POST
    @PermitAll
    @Operation(summary = "Register as a customer or a seller")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or weak password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many sign-ups and sign-ins at once: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void register(@Valid @NotNull RegistrationRequest request, @Suspended AsyncResponse response) {
        passwordWork.answer(response, () -> {
            UserAccount account = registration.register(new Registration.NewAccount(EmailAddress.of(request.email()),
                    request.password(), request.fullName().strip(), Role.valueOf(request.role()), request.phone()));
            return Responses.created("/api/users/" + account.id(), UserView.of(account));
        });
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The caller's own profile")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    public UserView me() {
        return UserView.of(profiles.own(currentUser.id()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "A user's profile: one's own, or anyone's for an administrator")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "403", description = "Someone else's profile")
    public UserView byId(@PathParam("id") UUID id) {
        currentUser.requireOwnerOrAdmin(id);
        return UserView.of(currentUser.isAdmin() ? accounts.get(id) : profiles.own(id));
    }

    @PATCH
    @Path("me")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change the caller's name or phone (JSON merge patch; null removes the phone)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    public UserView updateMe(JsonObject patch) {
        return UserView.of(profiles.update(currentUser.id(), ProfilePatch.read(patch)));
    }

    @PUT
    @Path("me/password")
    @RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change the caller's password; every session is signed out")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "503", description = "Too many sign-ups and sign-ins at once: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void changePassword(@Valid @NotNull PasswordChangeRequest request, @Suspended AsyncResponse response) {
        UUID caller = currentUser.id();
        passwordWork.answer(response, () -> {
            profiles.changePassword(caller, request.currentPassword(), request.newPassword());
            return Response.noContent().build();
        });
    }
}
