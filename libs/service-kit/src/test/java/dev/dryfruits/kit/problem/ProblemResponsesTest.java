package dev.dryfruits.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void namesProblemTypesAfterTheStatus() {
        assertThat(ProblemResponses.slugFor(405)).isEqualTo("method-not-allowed");
        assertThat(ProblemResponses.titleFor(404)).isEqualTo("Not Found");
        assertThat(Problem.type("validation").toString()).isEqualTo("urn:dryfruits:problem:validation");
    }

    @Test
    void neverTellsTheCallerAboutInternalsOfServerErrors() {
        assertThat(ProblemResponses.detailFor(500)).contains("request id").doesNotContain("Exception");
        assertThat(ProblemResponses.detailFor(503)).contains("request id");
    }

    @Test
    void dropsEmptyViolationLists() {
        assertThat(new Problem(Problem.type("x"), "t", 400, "d", "/", "id", java.util.List.of()).errors()).isNull();
    }
}
