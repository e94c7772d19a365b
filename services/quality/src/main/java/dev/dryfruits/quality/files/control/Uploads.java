package dev.dryfruits.quality.files.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.files.entity.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files sellers upload (verification documents, lab reports). Only PDF, PNG and JPEG are kept, recognised by their
 * first bytes (a name or a declared content type proves nothing), each within a size limit, fingerprinted with
 * SHA-256.
 */
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "dryfruits.quality.documents.max-bytes")
    int maxBytes;

    /** Reads at most the size limit from {@code content}: a larger upload is refused without being held in memory. */
    public UploadedFile read(String fileName, InputStream content) {
        byte[] bytes = readLimited(content);
        if (bytes.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        String contentType = FileSignature.contentTypeOf(bytes).orElseThrow(() -> new ProblemException(415,
                "unsupported-document", "Unsupported document type",
                "Documents must be PDF, PNG or JPEG files"));
        return new UploadedFile(safeFileName(fileName), contentType, bytes, sha256(bytes));
    }

    private byte[] readLimited(InputStream content) {
        if (content == null) {
            throw ProblemException.invalidField("file", "is required");
        }
        try (content) {
            byte[] bytes = content.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ProblemException(413, "document-too-large", "Document too large",
                        "A document may be at most " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The last path segment, printable characters only, at most 200 of them. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
