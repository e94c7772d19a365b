package dev.dryfruits.quality.seeding.control;

import dev.dryfruits.quality.accounts.entity.SellerAccount;
import dev.dryfruits.quality.verification.control.VerificationSubmission;
import dev.dryfruits.quality.verification.control.VerificationSubmission.AddressSubmission;
import dev.dryfruits.quality.verification.control.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local platform's demo sellers (created by the user service with {@code dryfruits.demo-data.enabled=true}) are
 * verified as soon as they register, with prepared business details whose identifiers pass every check, so the
 * product service can list their catalog. Their licences run three years from the day they are seeded.
 */
@ApplicationScoped
public class DemoSellers {

    private static final Logger LOG = Logger.getLogger(DemoSellers.class.getName());

    private static final Map<String, DemoBusiness> BUSINESSES = Map.of(
            "kashmir.orchards@dryfruits.local", new DemoBusiness("Kashmir Orchards LLP", "01AAKFK4821L1ZE",
                    "10020011000123", new AddressSubmission("Lal Chowk, Residency Road", null, "Srinagar",
                    "Jammu and Kashmir", "190001", "IN")),
            "kerala.cashew.co@dryfruits.local", new DemoBusiness("Kerala Cashew Company Pvt Ltd", "32AABCK7310Q1ZG",
                    "11320012000456", new AddressSubmission("Cashew Export Zone, Kilikolloor", null, "Kollam",
                    "Kerala", "691001", "IN")),
            "rajasthan.dates@dryfruits.local", new DemoBusiness("Thar Dates and Figs", "08AAGFT5127D1ZB",
                    "12220013000789", new AddressSubmission("Mandore Road, Paota", null, "Jodhpur", "Rajasthan",
                    "342001", "IN")));

    @Inject
    Verifications verifications;

    @Inject
    @ConfigProperty(name = "dryfruits.demo-data.enabled")
    boolean enabled;

    /** Called in the transaction applying a seller's UserRegistered event. */
    public void verifyIfDemo(SellerAccount seller) {
        DemoBusiness business = BUSINESSES.get(seller.email());
        if (!enabled || business == null || verifications.find(seller.userId()).isPresent()) {
            return;
        }
        verifications.submit(seller.userId(), business.submission(LocalDate.now().plusYears(3)));
        verifications.approve(seller.userId(), null);
        LOG.info(() -> "Demo seller " + seller.email() + " verified as " + business.legalName());
    }

    private record DemoBusiness(String legalName, String gstin, String fssaiNumber, AddressSubmission address) {

        VerificationSubmission submission(LocalDate licenceExpiry) {
            return new VerificationSubmission(legalName, gstin, gstin.substring(2, 12), fssaiNumber,
                    licenceExpiry.toString(), address);
        }
    }
}
