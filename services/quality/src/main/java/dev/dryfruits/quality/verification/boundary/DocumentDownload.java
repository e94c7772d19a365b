package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.quality.verification.entity.VerificationDocument;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored document as a download: never rendered inline, never sniffed into another type. */
final class DocumentDownload {

    private DocumentDownload() {
    }

    static Response of(VerificationDocument document) {
        String encodedName = URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(document.content(), document.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encodedName)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(document.sha256())))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
