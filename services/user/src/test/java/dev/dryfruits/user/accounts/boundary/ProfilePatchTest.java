package dev.dryfruits.user.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.control.Profiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilePatchTest {

    @Test
    void leavesAbsentFieldsAlone() {
        Profiles.ProfileChanges changes = ProfilePatch.read(json("{\"fullName\": \"  Asha V.  \"}"));
        assertThat(changes.fullName()).contains("Asha V.");
        assertThat(changes.phone()).isEmpty();
    }

    @Test
    void nullRemovesThePhone() {
        assertThat(ProfilePatch.read(json("{\"phone\": null}")).phone()).contains(Optional.empty());
    }

    @Test
    void refusesFieldsThatCannotChange() {
        assertThatThrownBy(() -> ProfilePatch.read(json("{\"role\": \"ADMIN\"}")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.field()).isEqualTo("role"));
                });
    }

    @Test
    void refusesMalformedValues() {
        assertThatThrownBy(() -> ProfilePatch.read(json("{\"phone\": \"98765\"}"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ProfilePatch.read(json("{\"fullName\": \"   \"}"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ProfilePatch.read(json("{\"fullName\": 42}"))).isInstanceOf(ProblemException.class);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
