package dev.dryfruits.quality.verification.boundary;

import dev.dryfruits.quality.accounts.entity.SellerAccount;
import dev.dryfruits.quality.verification.entity.BusinessAddress;
import dev.dryfruits.quality.verification.entity.BusinessDetails;
import dev.dryfruits.quality.verification.entity.SellerVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SellerVerification", description = "A seller's business details and where their review stands")
public record VerificationView(
        UUID sellerId,
        @Schema(description = "The seller's account email (administrators' view)") String email,
        @Schema(description = "The seller's account name (administrators' view)") String fullName,
        String legalName,
        String gstin,
        String pan,
        String fssaiLicenseNumber,
        LocalDate fssaiLicenseExpiry,
        BusinessAddress address,
        @Schema(enumeration = {"PENDING", "VERIFIED", "REJECTED", "SUSPENDED"}) String status,
        String rejectionReason,
        String suspensionReason,
        @Schema(enumeration = {"ADMINISTRATOR", "LICENCE_EXPIRED"}) String suspensionCause,
        Instant submittedAt,
        Instant decidedAt,
        Instant updatedAt,
        @Schema(description = "Uploaded documents (administrators' view of one seller, and the seller's own)")
        List<DocumentView> documents) {

    static VerificationView of(SellerVerification verification, SellerAccount account, List<DocumentView> documents) {
        BusinessDetails details = verification.details();
        return new VerificationView(verification.sellerId(), account == null ? null : account.email(),
                account == null ? null : account.fullName(), details.legalName(), details.gstin(), details.pan(),
                details.fssaiNumber(), details.fssaiExpiry(), details.address(), verification.status().name(),
                verification.rejectionReason(), verification.suspensionReason(),
                verification.suspensionCause() == null ? null : verification.suspensionCause().name(),
                verification.submittedAt(), verification.decidedAt(), verification.updatedAt(), documents);
    }
}
