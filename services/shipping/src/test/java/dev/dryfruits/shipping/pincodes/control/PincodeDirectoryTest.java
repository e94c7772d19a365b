package dev.dryfruits.shipping.pincodes.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PincodeDirectoryTest {

    private static final PincodeDirectory DIRECTORY = new PincodeDirectory();

    @BeforeAll
    static void load() {
        DIRECTORY.load();
    }

    @Test
    void holdsTheWholeDirectory() {
        assertThat(DIRECTORY.size()).isEqualTo(18_774);
        assertThat(DIRECTORY.states()).hasSize(36);
        assertThat(DIRECTORY.find("560001")).map(PincodeArea::city).contains("Bengaluru");
        assertThat(DIRECTORY.find("110011")).map(PincodeArea::city).contains("Delhi");
        assertThat(DIRECTORY.find("999999")).isEmpty();
    }

    @Test
    void carriesTheChangesOf2019And2020() {
        assertThat(state("194101")).isEqualTo("Ladakh");
        assertThat(state("190001")).isEqualTo("Jammu and Kashmir");
        assertThat(state("396210")).isEqualTo("Dadra and Nagar Haveli and Daman and Diu");
        assertThat(state("396230")).isEqualTo("Dadra and Nagar Haveli and Daman and Diu");
    }

    @Test
    void aPincodeServingTwoStatesKeepsBoth() {
        assertThat(DIRECTORY.find("160103").orElseThrow().states()).extracting(IndianState::name)
                .containsExactly("Punjab", "Chandigarh");
    }

    @Test
    void readsStatesAsAddressesWriteThem() {
        assertThat(DIRECTORY.state("Orissa")).map(IndianState::code).contains("21");
        assertThat(DIRECTORY.state(" tamil nadu ")).map(IndianState::code).contains("33");
        assertThat(DIRECTORY.state("Jammu & Kashmir")).map(IndianState::code).contains("01");
        assertThat(DIRECTORY.state("Andaman & Nicobar Islands")).map(IndianState::code).contains("35");
        assertThat(DIRECTORY.state("N.C.T. of Delhi")).map(IndianState::code).contains("07");
        assertThat(DIRECTORY.state("27")).map(IndianState::name).contains("Maharashtra");
        assertThat(DIRECTORY.state("Atlantis")).isEmpty();
    }

    private static String state(String pincode) {
        return DIRECTORY.find(pincode).orElseThrow().states().get(0).name();
    }
}
