package dev.dryfruits.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dryfruits.kit.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest request = PageRequest.parse(null, " ");
        assertThat(request).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.parse("3", "10").offset()).isEqualTo(30);
    }

    @Test
    void refusesNonsenseWith400s() {
        for (String[] wrong : List.of(new String[] {"-1", "10"}, new String[] {"0", "0"},
                new String[] {"one", "10"})) {
            assertThatThrownBy(() -> PageRequest.parse(wrong[0], wrong[1]))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        }
    }

    @Test
    void capsTheSize() {
        assertThat(PageRequest.parse("0", "10000").size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void countsPages() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(1, 2), 5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
