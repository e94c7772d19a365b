package dev.dryfruits.quality.verification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdentifiersTest {

    @Test
    void acceptsAGstinWithTheRightCheckCharacter() {
        assertThat(TaxIdentifiers.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(TaxIdentifiers.gstinProblem("27AAPFU0939F1ZV")).isEmpty();
        assertThat(TaxIdentifiers.panOf("27AAPFU0939F1ZV")).isEqualTo("AAPFU0939F");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZW", "27AAPFU0939F1Z", "27aapfu0939f1zv", "00AAPFU0939F1ZV",
            "27AAPFU0939F0ZV", "27AAPFU0939F1YV", "27AAPFV0939F1ZV"})
    void refusesMistypedOrMalformedGstins(String gstin) {
        assertThat(TaxIdentifiers.gstinProblem(gstin)).isPresent();
    }

    @Test
    void knowsAPanWhenItSeesOne() {
        assertThat(TaxIdentifiers.panProblem("AAPFU0939F")).isEmpty();
        assertThat(TaxIdentifiers.panProblem("AAPXU0939F")).isPresent();
        assertThat(TaxIdentifiers.panProblem("AAPF0939F")).isPresent();
    }

    @Test
    void anFssaiNumberHasFourteenDigits() {
        assertThat(TaxIdentifiers.fssaiProblem("11521999000123")).isEmpty();
        assertThat(TaxIdentifiers.fssaiProblem("1152199900012")).isPresent();
        assertThat(TaxIdentifiers.fssaiProblem("1152199900012A")).isPresent();
    }
}
