package dev.dryfruits.kit.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A consumer's span for each event it handles (MicroProfile Telemetry), a child of the span that caused the event:
 * its traceparent travels in the event ({@link EventEnvelope}), so one request shows as one trace across Kafka.
 * Whatever the handler calls or publishes meanwhile is a child of this span.
 */
@ApplicationScoped
class EventSpans {

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of("traceparent");
        }

        @Override
        public String get(String traceparent, String key) {
            return "traceparent".equals(key) ? traceparent : null;
        }
    };

    @Inject
    Tracer tracer;

    Span start(String consumer, IncomingEvent incoming, EventEnvelope event) {
        Context parent = event.traceparent()
                .map(traceparent -> W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent,
                        TRACEPARENT))
                .orElse(Context.root());
        return tracer.spanBuilder("process " + event.name())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", incoming.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(incoming.partition()))
                .setAttribute("messaging.kafka.offset", incoming.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .startSpan();
    }
}
