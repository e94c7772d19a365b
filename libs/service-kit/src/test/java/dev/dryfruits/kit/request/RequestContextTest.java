package dev.dryfruits.kit.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestContextTest {

    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void keepsWellFormedIdsFromTheCaller() {
        RequestContext context = RequestContext.from("order-42.retry:1", TRACEPARENT, "/api/users/me");
        assertThat(context.requestId()).isEqualTo("order-42.retry:1");
        assertThat(context.traceparent()).isEqualTo(TRACEPARENT);
        assertThat(context.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void replacesMissingOrMalformedOnes() {
        RequestContext context = RequestContext.from("<script>", "00-zz-yy-01", "/");
        assertThat(context.requestId()).matches("[0-9a-f-]{36}");
        assertThat(context.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(RequestContext.from("x".repeat(129), null, "/").requestId()).hasSize(36);
    }
}
