package dev.dryfruits.quality.it;

import dev.dryfruits.quality.verification.entity.TaxIdentifiers;
import dev.dryfruits.testing.ItServerSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Sellers for the tests: each with its own valid identifiers, so tests never share a GSTIN. */
record Sellers(UUID id, String email, String token, String pan, String gstin) {

    static Sellers fresh() {
        UUID id = UUID.randomUUID();
        String email = "seller." + id + "@example.com";
        String pan = randomPan();
        String first14 = "27" + pan + "1Z";
        return new Sellers(id, email, ItServerSession.tokens().tokenFor(id, email, "SELLER"), pan,
                first14 + TaxIdentifiers.checkCharacter(first14));
    }

    static String adminToken() {
        return ItServerSession.tokens().tokenFor(UUID.randomUUID(), "admin@example.com", "ADMIN");
    }

    Map<String, Object> details() {
        return details(gstin, pan, "2030-03-31");
    }

    Map<String, Object> details(String gstinGiven, String panGiven, String expiry) {
        return Map.of("legalName", "Kashmir Dry Fruits Pvt Ltd", "gstin", gstinGiven, "pan", panGiven,
                "fssaiLicenseNumber", "11521999000123", "fssaiLicenseExpiry", expiry,
                "address", Map.of("line1", "Residency Road", "city", "Srinagar", "state", "Jammu and Kashmir",
                        "postalCode", "190001", "country", "IN"));
    }

    /** The GSTIN with its check character changed: one mistyped character. */
    String mistypedGstin() {
        char check = gstin.charAt(14);
        return gstin.substring(0, 14) + (check == 'A' ? 'B' : 'A');
    }

    private static String randomPan() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder pan = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            pan.append((char) ('A' + random.nextInt(26)));
        }
        pan.append('C').append((char) ('A' + random.nextInt(26)));
        pan.append(String.format("%04d", random.nextInt(10_000)));
        return pan.append((char) ('A' + random.nextInt(26))).toString();
    }
}
