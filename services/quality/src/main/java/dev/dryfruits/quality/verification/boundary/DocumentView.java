package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.quality.verification.entity.VerificationDocument;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationDocument", description = "A file uploaded for the review (its content is downloaded apart)")
public record DocumentView(
        UUID id,
        @Schema(enumeration = {"GST_CERTIFICATE", "FSSAI_LICENCE", "PAN_CARD", "ADDRESS_PROOF", "OTHER"}) String type,
        String fileName,
        @Schema(description = "As recognised from the content: application/pdf, image/png or image/jpeg")
        String contentType,
        long size,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        Instant uploadedAt) {

    static DocumentView of(VerificationDocument document) {
        return new DocumentView(document.id(), document.type().name(), document.fileName(), document.contentType(),
                document.sizeBytes(), document.sha256(), document.uploadedAt());
    }
}
