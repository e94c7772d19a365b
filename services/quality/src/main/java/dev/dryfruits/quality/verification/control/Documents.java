package dev.dryfruits.quality.verification.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.verification.entity.DocumentType;
import dev.dryfruits.quality.verification.entity.VerificationDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files sellers upload for their review. Only PDF, PNG and JPEG are kept, recognised by their first bytes (a
 * name or a declared content type proves nothing), each within a size limit; each is fingerprinted with SHA-256.
 */
@ApplicationScoped
public class Documents {

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.documents.max-bytes")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.documents.max-per-seller")
    int maxPerSeller;

    /** Reads at most the size limit from {@code content}: a larger upload is refused without being held in memory. */
    @Transactional
    public VerificationDocument store(UUID sellerId, String type, String fileName, InputStream content) {
        DocumentType documentType = documentType(type);
        byte[] bytes = readLimited(content);
        if (bytes.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        String contentType = FileSignature.contentTypeOf(bytes).orElseThrow(() -> new ProblemException(415,
                "unsupported-document", "Unsupported document type",
                "Documents must be PDF, PNG or JPEG files"));
        long stored = em.createQuery("select count(d) from VerificationDocument d where d.sellerId = :seller",
                Long.class).setParameter("seller", sellerId).getSingleResult();
        if (stored >= maxPerSeller) {
            throw ProblemException.conflict("too-many-documents",
                    "A seller may keep at most " + maxPerSeller + " verification documents");
        }
        VerificationDocument document = new VerificationDocument(sellerId, documentType, safeFileName(fileName),
                contentType, bytes, sha256(bytes), Instant.now());
        em.persist(document);
        return document;
    }

    public List<VerificationDocument> of(UUID sellerId) {
        return em.createNamedQuery(VerificationDocument.OF_SELLER, VerificationDocument.class)
                .setParameter("sellerId", sellerId).getResultList();
    }

    public VerificationDocument get(UUID sellerId, UUID documentId) {
        return Optional.ofNullable(em.find(VerificationDocument.class, documentId))
                .filter(document -> document.sellerId().equals(sellerId))
                .orElseThrow(() -> ProblemException.notFound("Document " + documentId));
    }

    private static DocumentType documentType(String type) {
        if (type == null || type.isBlank()) {
            throw ProblemException.invalidField("type", "is required: one of " + List.of(DocumentType.values()));
        }
        try {
            return DocumentType.valueOf(type.strip());
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField("type", "must be one of " + List.of(DocumentType.values()));
        }
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
