package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.quality.files.boundary.FileDownload;
import dev.dryfruits.quality.verification.entity.VerificationDocument;
import jakarta.ws.rs.core.Response;

/** A verification document as a download. */
final class DocumentDownload {

    private DocumentDownload() {
    }

    static Response of(VerificationDocument document) {
        return FileDownload.of(document.fileName(), document.contentType(), document.content(), document.sha256());
    }
}
