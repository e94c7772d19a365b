package dev.dryfruits.product.catalog.entity;

/**
 * What backs an organic claim (FSS Organic Foods Regulations 2017): the scheme (NPOP or PGS-India) and the
 * certificate's number.
 */
public record OrganicCertification(String scheme, String certificateNumber) {
}
