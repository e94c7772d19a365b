package dev.dryfruits.quality.labs.boundary;

import dev.dryfruits.quality.labs.entity.LabReport;
import dev.dryfruits.quality.labs.entity.LabResults;
import dev.dryfruits.quality.labs.entity.LotDecision;
import dev.dryfruits.quality.labs.entity.Outcome;
import dev.dryfruits.quality.labs.entity.ParameterResult;
import dev.dryfruits.quality.standards.entity.IntendedUse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LabReport")
public record LabReportView(UUID id, UUID lotId, UUID sellerId, String laboratory, String reportNumber,
                            LocalDate sampledOn, IntendedUse use, Results results,
                            @Schema(description = "PASS when every limited parameter is within its limit")
                            Outcome outcome,
                            @Schema(description = "The standards profile it was judged by") String profile,
                            List<Parameter> parameters,
                            @Schema(description = "What it did to the lot") LotDecision decision,
                            Document document, UUID submittedBy, Instant createdAt) {

    @Schema(name = "LabResults", description = "Decimal strings: moisture in %, mycotoxins in µg/kg, SO2 in mg/kg")
    public record Results(String moisturePct, String aflatoxinB1, String aflatoxinTotal, String ochratoxinA,
                          String so2) {
        static Results of(LabResults results) {
            return new Results(LabResults.text(results.moisturePct()), LabResults.text(results.aflatoxinB1()),
                    LabResults.text(results.aflatoxinTotal()), LabResults.text(results.ochratoxinA()), LabResults.text(results.so2()));
        }
    }

    @Schema(name = "LabParameter", description = "One limited parameter: its value, the limit it was held to")
    public record Parameter(String name, String value, String limit, String unit, Outcome outcome, String source) {
        static Parameter of(ParameterResult result) {
            return new Parameter(result.parameter().apiName(), LabResults.text(result.value()), LabResults.text(result.limit()),
                    result.unit(), result.outcome(), result.source());
        }
    }

    @Schema(name = "LabReportDocument")
    public record Document(String fileName, String contentType, String sha256) {
    }

    static LabReportView of(LabReport report) {
        return new LabReportView(report.id(), report.lotId(), report.sellerId(), report.laboratory(),
                report.reportNumber(), report.sampledOn(), report.use(), Results.of(report.results()),
                report.outcome(), report.profile(), report.parameters().stream().map(Parameter::of).toList(),
                report.decision(), report.hasDocument() ? new Document(report.documentName(), report.documentType(),
                report.documentSha256()) : null, report.submittedBy(), report.createdAt());
    }
}
