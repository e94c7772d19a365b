package dev.dryfruits.kit.request;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/**
 * The OpenTelemetry span this thread works in (MicroProfile Telemetry traces every HTTP request, every REST client
 * call and every event a consumer handles), as the W3C traceparent that names it. Empty when tracing is off.
 */
public final class CurrentSpan {

    private CurrentSpan() {
    }

    public static Optional<String> traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex());
    }
}
