package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.verification.control.Documents;
import dev.dryfruits.quality.verification.control.LicenceRenewal;
import dev.dryfruits.quality.verification.control.VerificationSubmission;
import dev.dryfruits.quality.verification.control.Verifications;
import dev.dryfruits.quality.verification.entity.VerificationDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's own verification: always the caller's (the token's subject), never anyone else's. */
@Path("sellers/me/verification")
@Tag(name = "Seller verification")
@RolesAllowed(Roles.SELLER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MyVerificationResource {

    @Inject
    Verifications verifications;

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit (or, after a rejection, correct) the business details for review")
    @APIResponse(responseCode = "202", description = "Accepted: PENDING until an administrator decides")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "409", description = "Already verified or suspended, or the GSTIN is taken")
    public Response submit(VerificationSubmission submission) {
        UUID seller = currentUser.id();
        verifications.submit(seller, submission);
        return Response.accepted(mine(seller)).build();
    }

    @GET
    @Operation(summary = "The caller's verification and its documents")
    @APIResponse(responseCode = "404", description = "Nothing submitted yet")
    public VerificationView get() {
        return mine(currentUser.id());
    }

    @PUT
    @Path("licence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a renewed FSSAI licence; a seller suspended for an expired one is reinstated")
    public VerificationView renewLicence(LicenceRenewal renewal) {
        UUID seller = currentUser.id();
        verifications.renewLicence(seller, renewal);
        return mine(seller);
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document (form fields: type, file): PDF, PNG or JPEG, at most 5 MB by default")
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG")
    public Response upload(@FormParam("type") String type, @FormParam("file") EntityPart file) {
        UUID seller = currentUser.id();
        VerificationDocument document = documents.store(seller, type,
                file == null ? null : file.getFileName().orElse(null), file == null ? null : file.getContent());
        return Responses.created("/api/sellers/me/verification/documents/" + document.id(),
                DocumentView.of(document));
    }

    @GET
    @Path("documents")
    @Operation(summary = "The caller's uploaded documents")
    public List<DocumentView> documents() {
        return documents.of(currentUser.id()).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(summary = "Download one of the caller's documents")
    public Response download(@PathParam("documentId") UUID documentId) {
        return DocumentDownload.of(documents.get(currentUser.id(), documentId));
    }

    private VerificationView mine(UUID seller) {
        return VerificationView.of(verifications.get(seller), null,
                documents.of(seller).stream().map(DocumentView::of).toList());
    }
}
