package dev.dryfruits.order.checkout.boundary;

import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.order.checkout.control.CheckoutQuotes;
import dev.dryfruits.order.checkout.control.QuoteRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checkout of the signed-in customer's own cart, to one of their own addresses. */
@Path("checkout")
@Tag(name = "Checkout")
@RolesAllowed(Roles.CUSTOMER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    @Inject
    CheckoutQuotes quotes;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("quote")
    @Operation(summary = "What an order from the cart would cost, per seller: prices, the GST each line contains"
            + " (CGST + SGST within the seller's state, IGST otherwise), shipping by zone and billed weight, the COD"
            + " charge; 409 when the cart is empty or a line cannot be bought as it stands, 400 for an address not"
            + " yours or whose state is not its pincode's, or cash on delivery where it cannot be collected")
    public QuoteView quote(QuoteRequest request) {
        return QuoteView.of(quotes.quote(currentUser.id(), request));
    }
}
