package dev.dryfruits.quality.labs.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.quality.files.boundary.FileDownload;
import dev.dryfruits.quality.labs.control.LabReportSubmission;
import dev.dryfruits.quality.labs.control.LabReports;
import dev.dryfruits.quality.labs.entity.LabReport;
import dev.dryfruits.quality.lots.control.QualityLots;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lab reports on a lot: its seller and administrators submit and read them. */
@Path("quality/lots/{lotId}/lab-reports")
@Tag(name = "Lab quality")
@RolesAllowed({Roles.SELLER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class LabReportsResource {

    @Inject
    LabReports reports;

    @Inject
    QualityLots lots;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a lab report: judged against the standards in force, it releases the lot (PASS),"
            + " holds it and emails the seller (FAIL), or recalls it if it had been released")
    public Response submit(@PathParam("lotId") UUID lotId, LabReportSubmission submission) {
        LabReport report = reports.submit(lotId, currentUser.id(), currentUser.isAdmin(), submission);
        return Responses.created("/api/quality/lots/" + lotId + "/lab-reports/" + report.id(),
                LabReportView.of(report));
    }

    @GET
    @Operation(summary = "The lot's lab reports, oldest first")
    public List<LabReportView> list(@PathParam("lotId") UUID lotId) {
        lots.visibleTo(currentUser.id(), currentUser.isAdmin(), lotId);
        return reports.ofLot(lotId).stream().map(LabReportView::of).toList();
    }

    @GET
    @Path("{reportId}")
    @Operation(summary = "One lab report")
    public LabReportView one(@PathParam("lotId") UUID lotId, @PathParam("reportId") UUID reportId) {
        lots.visibleTo(currentUser.id(), currentUser.isAdmin(), lotId);
        return LabReportView.of(reports.get(lotId, reportId));
    }

    @POST
    @Path("{reportId}/document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach the signed report (form field file: PDF, PNG or JPEG), once")
    public LabReportView attach(@PathParam("lotId") UUID lotId, @PathParam("reportId") UUID reportId,
                                @FormParam("file") EntityPart file) {
        lots.visibleTo(currentUser.id(), currentUser.isAdmin(), lotId);
        return LabReportView.of(reports.attach(lotId, reportId, file == null ? null
                : file.getFileName().orElse(null), file == null ? null : file.getContent()));
    }

    @GET
    @Path("{reportId}/document")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/problem+json"})
    @Operation(summary = "Download the signed report")
    public Response document(@PathParam("lotId") UUID lotId, @PathParam("reportId") UUID reportId) {
        lots.visibleTo(currentUser.id(), currentUser.isAdmin(), lotId);
        LabReport report = reports.get(lotId, reportId);
        if (!report.hasDocument()) {
            throw ProblemException.notFound("The document of report " + reportId);
        }
        return FileDownload.of(report.documentName(), report.documentType(), report.documentContent(),
                report.documentSha256());
    }
}
