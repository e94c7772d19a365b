package dev.dryfruits.shipping.rates.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.shipping.rates.control.RateCardRequest;
import dev.dryfruits.shipping.rates.control.RateCards;
import dev.dryfruits.shipping.rates.entity.RateCard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/shipping/rate-cards")
@Tag(name = "Rate cards")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRateCardsResource {

    @Inject
    RateCards rateCards;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Every rate card, latest first, marking the one in force today")
    public List<RateCardView> all() {
        UUID inForce = rateCards.inForceToday().id();
        return rateCards.all().stream().map(card -> RateCardView.of(card, card.id().equals(inForce))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rate card")
    public RateCardView one(@PathParam("id") UUID id) {
        RateCard card = rateCards.find(id).orElseThrow(() -> ProblemException.notFound("Rate card " + id));
        return RateCardView.of(card, card.id().equals(rateCards.inForceToday().id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new rate card from a day after today (cards in force are never changed); 409 if one"
            + " already starts that day")
    public Response publish(RateCardRequest request) {
        RateCard card = rateCards.publish(request, currentUser.id());
        return Responses.created("/api/admin/shipping/rate-cards/" + card.id(), RateCardView.of(card, false));
    }
}
