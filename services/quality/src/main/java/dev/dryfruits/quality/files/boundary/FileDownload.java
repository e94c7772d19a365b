package dev.dryfruits.quality.files.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** A stored file as a download: never rendered inline, never sniffed into another type. */
public final class FileDownload {

    private FileDownload() {
    }

    public static Response of(String fileName, String contentType, byte[] content, String sha256) {
        String encodedName = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encodedName)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
