package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.PropagatedHeaders;
import dev.dryfruits.order.checkout.entity.DeliveryAddress;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The user service's address book, asked with the customer's own token (user/mp-rest/url): it answers only the
 * customer's own addresses, so another's id is 404, as it would be to the customer directly.
 */
@RegisterRestClient(configKey = "user")
@RegisterClientHeaders(PropagatedHeaders.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/users/me/addresses")
public interface AddressBook {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    DeliveryAddress address(@PathParam("id") UUID id);
}
