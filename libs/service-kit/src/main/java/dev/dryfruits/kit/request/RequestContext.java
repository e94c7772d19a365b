package dev.dryfruits.kit.request;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who asked for what, for the duration of one request on one thread: the request id (kept from the caller's
 * {@code X-Request-Id} when it is well formed) and the W3C trace context. Set by {@link RequestContextFilter}.
 */
public record RequestContext(String requestId, String traceparent, String path) {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String TRACEPARENT_HEADER = "traceparent";
    /** Request attribute holding the context, so error pages rendered after the filter still know it. */
    public static final String ATTRIBUTE = RequestContext.class.getName();

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    /**
     * Builds the context from what the caller sent, replacing anything missing or malformed. The trace is the current
     * span's when there is one (tracing on), so that the logs name the trace the trace UI shows.
     */
    public static RequestContext from(String requestIdHeader, String traceparentHeader, String path) {
        String requestId = requestIdHeader != null && REQUEST_ID.matcher(requestIdHeader).matches()
                ? requestIdHeader : UUID.randomUUID().toString();
        String traceparent = CurrentSpan.traceparent().orElseGet(() ->
                traceparentHeader != null && TRACEPARENT.matcher(traceparentHeader).matches()
                        ? traceparentHeader : newTraceparent());
        return new RequestContext(requestId, traceparent, path);
    }

    public static String newTraceparent() {
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }

    /** The 32-hex-digit trace id of the W3C traceparent. */
    public String traceId() {
        return traceparent.substring(3, 35);
    }

    /**
     * The context of the work on this thread. Its traceparent names the current span when there is one: the filter
     * binds the context before Liberty opens the request's span (JAX-RS opens it later still), so work handed to
     * another thread (a managed executor, say) takes the context from here and its events and calls hang under the
     * span that did the work, not under the caller's.
     */
    public static Optional<RequestContext> current() {
        RequestContext context = CURRENT.get();
        if (context == null) {
            return Optional.empty();
        }
        return Optional.of(CurrentSpan.traceparent()
                .filter(span -> !span.equals(context.traceparent()))
                .map(span -> new RequestContext(context.requestId(), span, context.path()))
                .orElse(context));
    }

    /**
     * Makes this the current context (thread and log lines) until the returned scope is closed, for work that does
     * not come through the servlet filter, such as handling an event: its request id and traceparent carry on.
     */
    public Scope enter() {
        RequestContext previous = CURRENT.get();
        bind(this);
        LogContext.put(this);
        return () -> {
            if (previous == null) {
                LogContext.clear();
                unbind();
            } else {
                bind(previous);
                LogContext.put(previous);
            }
        };
    }

    /** The end of a context entered with {@link #enter()}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    static void bind(RequestContext context) {
        CURRENT.set(context);
    }

    static void unbind() {
        CURRENT.remove();
    }
}
