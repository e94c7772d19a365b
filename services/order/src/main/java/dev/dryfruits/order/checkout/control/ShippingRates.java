package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.ServiceCredentials;
import dev.dryfruits.order.checkout.entity.ShipmentPrice;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The shipping service's quotes (shipping/mp-rest/url), asked as this service: pricing is its own business. */
@RegisterRestClient(configKey = "shipping")
@RegisterClientHeaders(ServiceCredentials.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/shipping/quotes")
public interface ShippingRates {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ShipmentPrice.Answer quote(ShipmentPrice.Request shipment);
}
