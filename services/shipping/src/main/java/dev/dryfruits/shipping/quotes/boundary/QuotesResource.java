package dev.dryfruits.shipping.quotes.boundary;

import dev.dryfruits.shipping.quotes.control.QuoteRequest;
import dev.dryfruits.shipping.quotes.control.ShippingQuotes;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public, like a carrier's rate calculator: a quote reveals only the published rate card. The order service asks it
 * for every seller's shipment of a checkout.
 */
@Path("shipping/quotes")
@Tag(name = "Shipping quotes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotesResource {

    @Inject
    ShippingQuotes quotes;

    @POST
    @Operation(summary = "Price one shipment: zone, billed weight, shipping, cash-on-delivery charge, days in transit;"
            + " 400 naming the field for an unknown pincode, a state that is not the pincode's, or cash on delivery"
            + " where it cannot be collected")
    public QuoteView quote(QuoteRequest request) {
        return QuoteView.of(quotes.quote(request));
    }
}
