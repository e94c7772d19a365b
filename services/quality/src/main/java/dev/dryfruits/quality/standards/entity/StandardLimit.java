package dev.dryfruits.quality.standards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** The most of one parameter a category may contain for one use, under one profile, and where that comes from. */
@Entity
@Table(name = "standard_limit")
public class StandardLimit {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String profile;

    @Column(nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "intended_use", nullable = false)
    private IntendedUse use;

    @Convert(converter = LabParameterConverter.class)
    @Column(nullable = false)
    private LabParameter parameter;

    @Column(name = "max_value", nullable = false)
    private BigDecimal max;

    @Column(nullable = false)
    private String source;

    protected StandardLimit() {
        // for JPA
    }

    public StandardLimit(String profile, String category, IntendedUse use, LabParameter parameter, BigDecimal max,
                         String source) {
        this.id = UUID.randomUUID();
        this.profile = profile;
        this.category = category;
        this.use = use;
        this.parameter = parameter;
        this.max = max;
        this.source = source;
    }

    public String profile() {
        return profile;
    }

    public String category() {
        return category;
    }

    public IntendedUse use() {
        return use;
    }

    public LabParameter parameter() {
        return parameter;
    }

    public BigDecimal max() {
        return max;
    }

    public String source() {
        return source;
    }
}
