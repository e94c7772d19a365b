package dev.dryfruits.quality.verification.entity;

/** What a verification document proves. */
public enum DocumentType {
    GST_CERTIFICATE, FSSAI_LICENCE, PAN_CARD, ADDRESS_PROOF, OTHER
}
