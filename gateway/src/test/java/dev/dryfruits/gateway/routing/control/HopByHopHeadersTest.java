package dev.dryfruits.gateway.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HopByHopHeadersTest {

    @Test
    void knowsTheStandardOnesAndThoseTheConnectionHeaderNames() {
        HopByHopHeaders headers = new HopByHopHeaders("close, X-Private-Hop");
        assertThat(headers.contains("Transfer-Encoding")).isTrue();
        assertThat(headers.contains("keep-alive")).isTrue();
        assertThat(headers.contains("x-private-hop")).isTrue();
        assertThat(headers.contains("Content-Type")).isFalse();
        assertThat(headers.contains("Authorization")).isFalse();
    }
}
