package dev.dryfruits.quality.verification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.kit.problem.Problem.Violation;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.verification.control.VerificationSubmission.AddressSubmission;
import dev.dryfruits.quality.verification.entity.BusinessDetails;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDetailsCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final AddressSubmission SRINAGAR =
            new AddressSubmission("Residency Road", null, "Srinagar", "Jammu and Kashmir", "190001", "IN");

    @Test
    void acceptsTheIssueExampleAndNormalisesIdentifiers() {
        BusinessDetails details = BusinessDetailsCheck.validated(new VerificationSubmission(
                " Kashmir Dry Fruits Pvt Ltd ", "27aapfu0939f1zv", "AAPFU 0939F", "11521999000123", "2028-03-31",
                SRINAGAR), TODAY);

        assertThat(details.legalName()).isEqualTo("Kashmir Dry Fruits Pvt Ltd");
        assertThat(details.gstin()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(details.pan()).isEqualTo("AAPFU0939F");
        assertThat(details.fssaiExpiry()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(details.address().country()).isEqualTo("IN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01AAKFK4821L1ZE", "32AABCK7310Q1ZG", "08AAGFT5127D1ZB"})
    void theDemoSellersIdentifiersPass(String gstin) {
        BusinessDetailsCheck.validated(new VerificationSubmission("Demo Seller", gstin, gstin.substring(2, 12),
                "10020011000123", "2029-01-01", SRINAGAR), TODAY);
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        VerificationSubmission wrong = new VerificationSubmission("", "27AAPFU0939F1ZW", "AAPFU0939", "1152199900012",
                "2026-11-28", new AddressSubmission(" ", null, "Srinagar", "J&K", "19000", "US"));

        assertThat(violations(wrong)).extracting(Violation::field).containsExactlyInAnyOrder("legalName", "gstin",
                "pan", "fssaiLicenseNumber", "fssaiLicenseExpiry", "address.line1", "address.country",
                "address.postalCode");
    }

    @Test
    void aWrongCheckCharacterIsCalledThat() {
        assertThat(violations(new VerificationSubmission("Kashmir Dry Fruits Pvt Ltd", "27AAPFU0939F1ZW",
                "AAPFU0939F", "11521999000123", "2028-03-31", SRINAGAR)))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("gstin");
                    assertThat(violation.message()).contains("check character");
                });
    }

    @Test
    void thePanMustBeTheOneInsideTheGstin() {
        assertThat(violations(new VerificationSubmission("Kashmir Dry Fruits Pvt Ltd", "27AAPFU0939F1ZV",
                "AAPFU0939G", "11521999000123", "2028-03-31", SRINAGAR)))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("pan");
                    assertThat(violation.message()).contains("AAPFU0939F");
                });
    }

    @Test
    void aLicenceEndingTodayOrWithAMalformedDateIsRefused() {
        assertThat(violations(new VerificationSubmission("Kashmir Dry Fruits Pvt Ltd", "27AAPFU0939F1ZV",
                "AAPFU0939F", "11521999000123", "2026-11-29", SRINAGAR))).extracting(Violation::message)
                .containsExactly("must be in the future: the licence has expired");
        assertThat(violations(new VerificationSubmission("Kashmir Dry Fruits Pvt Ltd", "27AAPFU0939F1ZV",
                "AAPFU0939F", "11521999000123", "31/03/2028", SRINAGAR))).extracting(Violation::message)
                .containsExactly("must be a date like 2028-03-31");
    }

    @Test
    void aMissingAddressOrBodyIsNamed() {
        assertThat(violations(new VerificationSubmission("Kashmir Dry Fruits Pvt Ltd", "27AAPFU0939F1ZV",
                "AAPFU0939F", "11521999000123", "2028-03-31", null))).extracting(Violation::field)
                .containsExactly("address");
        assertThatThrownBy(() -> BusinessDetailsCheck.validated(null, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
    }

    private static List<Violation> violations(VerificationSubmission submission) {
        try {
            BusinessDetailsCheck.validated(submission, TODAY);
        } catch (ProblemException invalid) {
            assertThat(invalid.status()).isEqualTo(400);
            return invalid.violations();
        }
        throw new AssertionError("Expected " + submission + " to be refused");
    }
}
