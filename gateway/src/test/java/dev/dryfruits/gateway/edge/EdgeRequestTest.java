package dev.dryfruits.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeRequestTest {

    private static final String CALLER = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void continuesTheCallersTraceWithANewSpan() {
        String child = EdgeRequest.childTraceparent(CALLER);
        assertThat(child).matches("00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01");
        assertThat(child).doesNotContain("b7ad6b7169203331");
    }

    @Test
    void startsANewTraceForMissingOrMalformedContext() {
        for (String caller : new String[] {null, "garbage", "00-00000000000000000000000000000000-b7ad6b7169203331-01"}) {
            String child = EdgeRequest.childTraceparent(caller);
            assertThat(child).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotStartWith("00-0000");
        }
    }
}
