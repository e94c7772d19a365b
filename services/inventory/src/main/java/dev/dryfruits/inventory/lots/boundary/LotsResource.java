package dev.dryfruits.inventory.lots.boundary;

import dev.dryfruits.inventory.lots.control.LotSubmission;
import dev.dryfruits.inventory.lots.control.Lots;
import dev.dryfruits.inventory.skus.control.Skus;
import dev.dryfruits.inventory.lots.control.ShelfLifePolicy;
import dev.dryfruits.inventory.lots.entity.Lot;
import dev.dryfruits.inventory.lots.entity.LotStatus;
import dev.dryfruits.inventory.reservations.control.Traceability;
import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's lots: receipt, listing, history, adjustments. Administrators see every seller's. */
@Path("inventory/lots")
@Tag(name = "Lots")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class LotsResource {

    @Inject
    Lots lots;

    @Inject
    Skus skus;

    @Inject
    Traceability traceability;

    @Inject
    ShelfLifePolicy shelfLife;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.SELLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a lot of one of the caller's SKUs; it is QUARANTINED until its lab report passes")
    public Response receive(LotSubmission submission) {
        if (submission != null) {
            skus.learnIfNew(currentUser.id(), submission.sku());
        }
        Lot lot = lots.receive(currentUser.id(), submission);
        return Responses.created("/api/inventory/lots/" + lot.id(), view(lot, true));
    }

    @GET
    @RolesAllowed({Roles.SELLER, Roles.ADMIN})
    @Operation(summary = "The caller's lots, newest first (an administrator's: everyone's, or one seller's)")
    public Page<LotView> list(
            @QueryParam("sku") String sku,
            @Parameter(description = "QUARANTINED, RELEASED, EXPIRED or RECALLED") @QueryParam("status") String status,
            @Parameter(description = "Administrators only: one seller's lots") @QueryParam("sellerId")
            String sellerId,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        UUID seller = currentUser.isAdmin() ? QueryParameters.uuid("sellerId", sellerId) : currentUser.id();
        return lots.list(seller, sku == null || sku.isBlank() ? null : sku.strip(),
                        QueryParameters.enumValue("status", status, LotStatus.class), PageRequest.parse(page, size))
                .map(lot -> view(lot, false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SELLER, Roles.ADMIN})
    @Operation(summary = "One lot with its history")
    public LotView one(@PathParam("id") UUID id) {
        return view(lots.visibleTo(currentUser.id(), currentUser.isAdmin(), id), true);
    }

    @POST
    @Path("{id}/adjustments")
    @RolesAllowed({Roles.SELLER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the packs on hand (damage, a recount), with the reason kept in the history")
    public LotView adjust(@PathParam("id") UUID id, AdjustmentRequest adjustment) {
        AdjustmentRequest given = adjustment == null ? new AdjustmentRequest(null, null) : adjustment;
        return view(lots.adjust(currentUser.id(), currentUser.isAdmin(), id, given.delta(), given.reason()), true);
    }

    @GET
    @Path("{id}/trace")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every order that received packs of the lot (one step forward, for recalls)")
    public TraceView trace(@PathParam("id") UUID id) {
        Lot lot = lots.visibleTo(currentUser.id(), true, id);
        List<Traceability.Delivery> orders = traceability.ordersReceiving(id);
        return new TraceView(lot.id(), lot.lotNumber(), lot.sku(), lot.sellerId(),
                orders.stream().mapToInt(Traceability.Delivery::quantity).sum(), orders);
    }

    private LotView view(Lot lot, boolean withHistory) {
        return LotView.of(lot, shelfLife.today(), shelfLife.rule(), withHistory ? lots.history(lot.id()) : null);
    }
}
