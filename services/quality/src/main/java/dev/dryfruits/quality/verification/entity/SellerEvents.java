package dev.dryfruits.quality.verification.entity;

import java.time.LocalDate;
import java.util.UUID;

/** What the quality service tells the others about sellers, on {@value #TOPIC} keyed by seller id. */
public final class SellerEvents {

    public static final String TOPIC = "dryfruits.sellers";

    private SellerEvents() {
    }

    /**
     * Approved: with what orders, invoices and shipments need of the business, its GSTIN and PAN (tax is charged
     * and withheld by them) and its verified business address, where its parcels are picked up.
     */
    public record SellerVerified(UUID sellerId, String legalName, LocalDate fssaiLicenseExpiry, String gstin,
                                 String pan, BusinessAddress address) {
        public static SellerVerified of(UUID sellerId, BusinessDetails details) {
            return new SellerVerified(sellerId, details.legalName(), details.fssaiExpiry(), details.gstin(),
                    details.pan(), details.address());
        }
    }

    public record SellerRejected(UUID sellerId, String reason) {
    }

    public record SellerSuspended(UUID sellerId, String reason, String cause) {
    }

    /** May sell again (an administrator's decision, or a renewed licence); with the business as approved. */
    public record SellerReinstated(UUID sellerId, String legalName, String gstin, String pan,
                                   BusinessAddress address) {
        public static SellerReinstated of(UUID sellerId, BusinessDetails details) {
            return new SellerReinstated(sellerId, details.legalName(), details.gstin(), details.pan(),
                    details.address());
        }
    }
}
