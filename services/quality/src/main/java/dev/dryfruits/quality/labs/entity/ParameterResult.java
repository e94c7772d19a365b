package dev.dryfruits.quality.labs.entity;

import dev.dryfruits.quality.standards.entity.LabParameter;
import dev.dryfruits.quality.standards.entity.LabParameterConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A judged parameter as recorded with its report: the limit it was held to stays with it when profiles change. */
@Entity
@Table(name = "lab_parameter_result")
public class ParameterResult {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private LabReport report;

    @Convert(converter = LabParameterConverter.class)
    @Column(nullable = false)
    private LabParameter parameter;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(name = "limit_value", nullable = false)
    private BigDecimal limit;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private int position;

    protected ParameterResult() {
        // for JPA
    }

    ParameterResult(LabReport report, Judgement judgement, int position) {
        this.id = UUID.randomUUID();
        this.report = report;
        this.parameter = judgement.parameter();
        this.value = judgement.value();
        this.limit = judgement.limit();
        this.unit = judgement.parameter().unit();
        this.outcome = judgement.outcome();
        this.source = judgement.source();
        this.position = position;
    }

    public LabParameter parameter() {
        return parameter;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal limit() {
        return limit;
    }

    public String unit() {
        return unit;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String source() {
        return source;
    }
}
