package dev.dryfruits.gateway.edge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the gateway adds to every request it passes on: the request id (the caller's X-Request-Id when well formed,
 * else a new one) and the W3C trace context, continuing the caller's trace with the gateway's own span.
 */
public record EdgeRequest(String requestId, String traceparent) {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String TRACEPARENT_HEADER = "traceparent";
    static final String ATTRIBUTE = EdgeRequest.class.getName();

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT =
            Pattern.compile("00-((?!0{32})[0-9a-f]{32})-(?!0{16})[0-9a-f]{16}-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static EdgeRequest of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof EdgeRequest known) {
            return known;
        }
        String callerId = request.getHeader(REQUEST_ID_HEADER);
        String requestId = callerId != null && REQUEST_ID.matcher(callerId).matches()
                ? callerId : UUID.randomUUID().toString();
        EdgeRequest edge = new EdgeRequest(requestId, currentSpan()
                .orElseGet(() -> childTraceparent(request.getHeader(TRACEPARENT_HEADER))));
        request.setAttribute(ATTRIBUTE, edge);
        return edge;
    }

    /**
     * The gateway's span for this request, made by MicroProfile Telemetry (every HTTP request the server takes), which
     * continues the caller's trace: its traceparent is what the upstream gets, so that the trace UI shows the gateway
     * and the services in one trace. Empty when tracing is off.
     */
    static Optional<String> currentSpan() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex())
                : Optional.empty();
    }

    /** Same trace as the caller's (or a new one), with a new span id for this hop: tracing off. */
    static String childTraceparent(String callerTraceparent) {
        var caller = callerTraceparent == null ? null : TRACEPARENT.matcher(callerTraceparent);
        HexFormat hex = HexFormat.of();
        String traceId;
        String flags;
        if (caller != null && caller.matches()) {
            traceId = caller.group(1);
            flags = caller.group(2);
        } else {
            traceId = hex.formatHex(randomBytes(16));
            flags = "01";
        }
        return "00-" + traceId + "-" + hex.formatHex(randomBytes(8)) + "-" + flags;
    }

    public String traceId() {
        return traceparent.substring(3, 35);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
