package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.user.accounts.control.Addresses;
import dev.dryfruits.user.accounts.entity.Address;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own delivery addresses; there is no way to reach anyone else's. */
@Path("users/me/addresses")
@Tag(name = "Addresses")
@RolesAllowed({Roles.CUSTOMER, Roles.SELLER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressesResource {

    @Inject
    Addresses addresses;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The caller's addresses, the default first")
    public List<AddressView> list() {
        return addresses.of(currentUser.id()).stream().map(AddressView::of).toList();
    }

    @POST
    @Operation(summary = "Add an address; the first one becomes the default")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The address book is full")
    public Response add(@Valid @NotNull AddressRequest request) {
        Address address = addresses.add(currentUser.id(), request.details(), request.wantsDefault());
        return Responses.created("/api/users/me/addresses/" + address.id(), AddressView.of(address));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's addresses")
    public AddressView get(@PathParam("id") UUID id) {
        return AddressView.of(addresses.get(currentUser.id(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace one of the caller's addresses")
    public AddressView replace(@PathParam("id") UUID id, @Valid @NotNull AddressRequest request) {
        return AddressView.of(addresses.replace(currentUser.id(), id, request.details(), request.wantsDefault()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of the caller's addresses")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id) {
        addresses.remove(currentUser.id(), id);
        return Response.noContent().build();
    }
}
