package dev.dryfruits.gateway.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void passesBodiesUpToTheLimit() throws Exception {
        assertThat(new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100).readAllBytes()).hasSize(100);
    }

    @Test
    void failsOnceTheBodyIsLonger() {
        assertThatThrownBy(() -> new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100).readAllBytes())
                .isInstanceOf(RequestBodyTooLarge.class);
    }
}
