package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.QueryParameters;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.accounts.control.SellerAccounts;
import dev.dryfruits.quality.verification.control.Documents;
import dev.dryfruits.quality.verification.control.Verifications;
import dev.dryfruits.quality.verification.entity.SellerVerification;
import dev.dryfruits.quality.verification.entity.VerificationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators review sellers: {sellerId} is the seller's user id. */
@Path("admin/sellers")
@Tag(name = "Seller administration")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSellersResource {

    @Inject
    Verifications verifications;

    @Inject
    SellerAccounts accounts;

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Sellers' verifications, newest submission first, optionally in one status")
    public Page<VerificationView> search(
            @Parameter(description = "PENDING, VERIFIED, REJECTED or SUSPENDED") @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return verifications.search(QueryParameters.enumValue("status", status, VerificationStatus.class),
                PageRequest.parse(page, size)).map(this::summary);
    }

    @GET
    @Path("{sellerId}")
    @Operation(summary = "One seller's verification, account and documents")
    public VerificationView get(@PathParam("sellerId") UUID sellerId) {
        return detailed(verifications.get(sellerId));
    }

    @POST
    @Path("{sellerId}/approve")
    @Operation(summary = "Verify a PENDING seller: they may sell from now on (SellerVerified)")
    public VerificationView approve(@PathParam("sellerId") UUID sellerId) {
        return detailed(verifications.approve(sellerId, currentUser.id()));
    }

    @POST
    @Path("{sellerId}/reject")
    @Operation(summary = "Reject a PENDING seller with a reason; they may correct and resubmit (SellerRejected)")
    public VerificationView reject(@PathParam("sellerId") UUID sellerId, @Valid @NotNull ReasonRequest request) {
        return detailed(verifications.reject(sellerId, request.reason(), currentUser.id()));
    }

    @POST
    @Path("{sellerId}/suspend")
    @Operation(summary = "Suspend a VERIFIED seller: their listings are hidden (SellerSuspended)")
    public VerificationView suspend(@PathParam("sellerId") UUID sellerId, @Valid @NotNull ReasonRequest request) {
        return detailed(verifications.suspend(sellerId, request.reason(), currentUser.id()));
    }

    @POST
    @Path("{sellerId}/reinstate")
    @Operation(summary = "Reinstate a SUSPENDED seller whose licence is valid (SellerReinstated)")
    public VerificationView reinstate(@PathParam("sellerId") UUID sellerId) {
        return detailed(verifications.reinstate(sellerId, currentUser.id()));
    }

    @GET
    @Path("{sellerId}/documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(summary = "Download a seller's document")
    public Response download(@PathParam("sellerId") UUID sellerId, @PathParam("documentId") UUID documentId) {
        return DocumentDownload.of(documents.get(sellerId, documentId));
    }

    private VerificationView summary(SellerVerification verification) {
        return VerificationView.of(verification, accounts.find(verification.sellerId()).orElse(null), null);
    }

    private VerificationView detailed(SellerVerification verification) {
        return VerificationView.of(verification, accounts.find(verification.sellerId()).orElse(null),
                documents.of(verification.sellerId()).stream().map(DocumentView::of).toList());
    }
}
