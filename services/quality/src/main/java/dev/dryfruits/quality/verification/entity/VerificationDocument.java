package dev.dryfruits.quality.verification.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file a seller uploaded for the review, with its fingerprint. */
@Entity
@Table(name = "verification_document")
@NamedQuery(name = VerificationDocument.OF_SELLER,
        query = "select d from VerificationDocument d where d.sellerId = :sellerId order by d.uploadedAt, d.id")
public class VerificationDocument {

    public static final String OF_SELLER = "VerificationDocument.ofSeller";

    @Id
    private UUID id;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private UUID sellerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected VerificationDocument() {
        // for JPA
    }

    public VerificationDocument(UUID sellerId, DocumentType type, String fileName, String contentType, byte[] content,
                                String sha256, Instant now) {
        this.id = UUID.randomUUID();
        this.sellerId = sellerId;
        this.type = type;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public DocumentType type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
