package dev.dryfruits.inventory.lots.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dryfruits.inventory.lots.entity.LotDetails;
import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LotSubmissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aCompleteLotIsNormalised() {
        LotDetails details = new LotSubmission(" ALM-NP-250 ", "ALM-2026-0042", 10, "us", "California", 2026,
                "2026-10-01", "2027-06-30", null).validated(TODAY);
        assertThat(details.sku()).isEqualTo("ALM-NP-250");
        assertThat(details.originCountry()).isEqualTo("US");
        assertThat(details.bestBefore()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void everyWrongFieldIsNamed() {
        ProblemException refused = catchThrowableOfType(() -> new LotSubmission("", "bad lot number!", 0, "XX", null,
                2001, "2027-01-01", "2026-01-01", null).validated(TODAY), ProblemException.class);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).extracting(Problem.Violation::field).containsExactly("sku", "lotNumber",
                "quantity", "originCountry", "cropYear", "packedOn", "bestBefore");
    }
}
