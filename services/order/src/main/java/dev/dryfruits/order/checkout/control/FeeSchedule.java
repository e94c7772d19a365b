package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.PeerResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The payment service's fee schedule in force today (payment/mp-rest/url): public, as a marketplace's fees are. */
@RegisterRestClient(configKey = "payment")
@RegisterProvider(PeerResponses.class)
@Path("/api/fees/schedules/current")
public interface FeeSchedule {

    /** The fields used. */
    record Current(String effectiveFrom, String shippingPaidBy) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Current current();
}
