package dev.dryfruits.quality.labs.entity;

import dev.dryfruits.quality.files.entity.UploadedFile;
import dev.dryfruits.quality.standards.entity.IntendedUse;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A laboratory's findings on a lot, judged against the standards profile in force when it arrived. */
@Entity
@Table(name = "lab_report")
public class LabReport {

    @Id
    private UUID id;

    @Column(name = "lot_id", nullable = false)
    private UUID lotId;

    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    @Column(nullable = false)
    private String laboratory;

    @Column(name = "report_number", nullable = false)
    private String reportNumber;

    @Column(name = "sampled_on", nullable = false)
    private LocalDate sampledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "intended_use", nullable = false)
    private IntendedUse use;

    @Column(name = "moisture_pct")
    private BigDecimal moisturePct;

    @Column(name = "aflatoxin_b1")
    private BigDecimal aflatoxinB1;

    @Column(name = "aflatoxin_total")
    private BigDecimal aflatoxinTotal;

    @Column(name = "ochratoxin_a")
    private BigDecimal ochratoxinA;

    private BigDecimal so2;

    @Column(nullable = false)
    private String profile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LotDecision decision;

    @Column(name = "submitted_by", nullable = false)
    private UUID submittedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_sha256")
    private String documentSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_content")
    private byte[] documentContent;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ParameterResult> parameters = new ArrayList<>();

    protected LabReport() {
        // for JPA
    }

    public LabReport(UUID lotId, UUID sellerId, LabReportDetails details, String profile, List<Judgement> judgements,
                     LotDecision decision, UUID submittedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.lotId = lotId;
        this.sellerId = sellerId;
        this.laboratory = details.laboratory();
        this.reportNumber = details.reportNumber();
        this.sampledOn = details.sampledOn();
        this.use = details.use();
        this.moisturePct = details.results().moisturePct();
        this.aflatoxinB1 = details.results().aflatoxinB1();
        this.aflatoxinTotal = details.results().aflatoxinTotal();
        this.ochratoxinA = details.results().ochratoxinA();
        this.so2 = details.results().so2();
        this.profile = profile;
        this.outcome = judgements.stream().anyMatch(Judgement::failed) ? Outcome.FAIL : Outcome.PASS;
        this.decision = decision;
        this.submittedBy = submittedBy;
        this.createdAt = now;
        for (Judgement judgement : judgements) {
            parameters.add(new ParameterResult(this, judgement, parameters.size()));
        }
    }

    /** The signed report itself; attached once, as evidence it is not replaced. */
    public boolean attach(UploadedFile document) {
        if (documentSha256 != null) {
            return false;
        }
        // The lazily fetched content first: touching it loads the attributes the report was read without, which
        // would overwrite any set before it.
        this.documentContent = document.content();
        this.documentName = document.fileName();
        this.documentType = document.contentType();
        this.documentSha256 = document.sha256();
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID lotId() {
        return lotId;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public String laboratory() {
        return laboratory;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public LocalDate sampledOn() {
        return sampledOn;
    }

    public IntendedUse use() {
        return use;
    }

    public LabResults results() {
        return new LabResults(moisturePct, aflatoxinB1, aflatoxinTotal, ochratoxinA, so2);
    }

    public String profile() {
        return profile;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LotDecision decision() {
        return decision;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ParameterResult> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    public boolean hasDocument() {
        return documentSha256 != null;
    }

    public String documentName() {
        return documentName;
    }

    public String documentType() {
        return documentType;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public byte[] documentContent() {
        return documentContent;
    }
}
