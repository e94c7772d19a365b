package dev.dryfruits.order.cart.boundary;

import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.order.cart.control.Carts;
import dev.dryfruits.order.cart.control.QuantityRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's own cart; nobody else's can be named. */
@Path("cart")
@Tag(name = "Cart")
@RolesAllowed(Roles.CUSTOMER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    Carts carts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The cart: every line at its listing's current price, with what is available now")
    public CartView cart() {
        return CartView.of(carts.read(currentUser.id()));
    }

    @PUT
    @Path("lines/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a line's packs ({quantity}), adding it if new; 404 for a SKU no listing on sale has,"
            + " 409 not-on-sale, insufficient-stock or cart-full; lowering a line always works")
    public CartView put(@PathParam("sku") String sku, QuantityRequest request) {
        return CartView.of(carts.put(currentUser.id(), sku, request));
    }

    @DELETE
    @Path("lines/{sku}")
    @Operation(summary = "Remove a line (removing one that is not there changes nothing)")
    public CartView remove(@PathParam("sku") String sku) {
        return CartView.of(carts.remove(currentUser.id(), sku));
    }

    @DELETE
    @Operation(summary = "Empty the cart")
    public Response clear() {
        carts.clear(currentUser.id());
        return Response.noContent().build();
    }
}
