package dev.dryfruits.shipping.pincodes.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.shipping.pincodes.control.PincodeDirectory;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import dev.dryfruits.shipping.rates.control.RateCards;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: the pincode directory is open government data, and a shopper checks a pincode before signing in. */
@Path("shipping")
@Tag(name = "Pincodes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PincodesResource {

    @Inject
    PincodeDirectory directory;

    @Inject
    RateCards rateCards;

    @GET
    @Path("pincodes/{pincode}")
    @Operation(summary = "Where a pincode is (city, state) and whether packs and cash on delivery go there;"
            + " a pincode not in the directory is 404")
    public PincodeView pincode(@PathParam("pincode") String pincode) {
        if (!PincodeArea.isPincode(pincode)) {
            throw ProblemException.invalidField("pincode", "must be a six-digit Indian pincode");
        }
        PincodeArea area = directory.find(pincode).orElseThrow(() -> ProblemException.notFound("Pincode " + pincode));
        return PincodeView.of(area, rateCards.inForceToday().collectsCashIn(area));
    }

    @GET
    @Path("states")
    @Operation(summary = "India's states and Union Territories with their GST state codes")
    public List<PincodeView.StateView> states() {
        return directory.states().stream().map(PincodeView.StateView::of).toList();
    }
}
