package dev.dryfruits.quality.verification.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.files.control.Uploads;
import dev.dryfruits.quality.files.entity.UploadedFile;
import dev.dryfruits.quality.verification.entity.DocumentType;
import dev.dryfruits.quality.verification.entity.VerificationDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files sellers upload for their review (checked by {@link Uploads}), at most {@code max-per-seller} of them.
 */
@ApplicationScoped
public class Documents {

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.documents.max-per-seller")
    int maxPerSeller;

    @Transactional
    public VerificationDocument store(UUID sellerId, String type, String fileName, InputStream content) {
        DocumentType documentType = documentType(type);
        UploadedFile file = uploads.read(fileName, content);
        long stored = em.createQuery("select count(d) from VerificationDocument d where d.sellerId = :seller",
                Long.class).setParameter("seller", sellerId).getSingleResult();
        if (stored >= maxPerSeller) {
            throw ProblemException.conflict("too-many-documents",
                    "A seller may keep at most " + maxPerSeller + " verification documents");
        }
        VerificationDocument document = new VerificationDocument(sellerId, documentType, file.fileName(),
                file.contentType(), file.content(), file.sha256(), Instant.now());
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
}
