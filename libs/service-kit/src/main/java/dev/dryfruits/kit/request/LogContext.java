package dev.dryfruits.kit.request;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Puts the request id and trace id on every log line written while a request is served: Open Liberty's
 * LogRecordContext adds them as {@code ext_requestId} and {@code ext_traceId} to its JSON log records.
 * The API ships only inside the Liberty runtime (it is not published to Maven Central), hence the method handles;
 * outside Liberty (unit tests) this does nothing.
 */
final class LogContext {

    private static final String LIBERTY_LOG_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";
    private static final MethodHandle ADD = find("addExtension", MethodType.methodType(void.class, String.class, String.class));
    private static final MethodHandle REMOVE = find("removeExtension", MethodType.methodType(boolean.class, String.class));

    private LogContext() {
    }

    static void put(RequestContext context) {
        invoke(ADD, "requestId", context.requestId());
        invoke(ADD, "traceId", context.traceId());
    }

    static void clear() {
        invoke(REMOVE, "requestId");
        invoke(REMOVE, "traceId");
    }

    private static void invoke(MethodHandle handle, Object... arguments) {
        if (handle == null) {
            return;
        }
        try {
            handle.invokeWithArguments(arguments);
        } catch (Throwable ignored) {
            // Logging context is best effort: never fail a request because of it.
        }
    }

    private static MethodHandle find(String name, MethodType type) {
        try {
            Class<?> api = Class.forName(LIBERTY_LOG_CONTEXT, true, LogContext.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(api, name, type);
        } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
            return null;
        }
    }
}
