package dev.dryfruits.product.sellers.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.PropagatedHeaders;
import dev.dryfruits.product.sellers.entity.SellerVerificationStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The quality service, the owner of sellers' verification, as this service asks it (quality/mp-rest/url). */
@RegisterRestClient(configKey = "quality")
@RegisterClientHeaders(PropagatedHeaders.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/sellers/me/verification")
public interface QualityService {

    /** The calling seller's verification (404: nothing submitted). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    SellerVerificationStatus callersVerification();
}
