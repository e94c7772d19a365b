package dev.dryfruits.gateway.edge;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Adds ext_requestId and ext_traceId to the gateway's JSON log lines through Open Liberty's LogRecordContext (an API
 * of the runtime, not published to Maven, hence the method handles). Outside Liberty it does nothing.
 */
final class LogContext {

    private static final MethodHandle ADD = find("addExtension", MethodType.methodType(void.class, String.class, String.class));
    private static final MethodHandle REMOVE = find("removeExtension", MethodType.methodType(boolean.class, String.class));

    private LogContext() {
    }

    static void put(EdgeRequest edge) {
        invoke(ADD, "requestId", edge.requestId());
        invoke(ADD, "traceId", edge.traceId());
    }

    static void clear() {
        invoke(REMOVE, "requestId");
        invoke(REMOVE, "traceId");
    }

    private static void invoke(MethodHandle handle, Object... arguments) {
        if (handle != null) {
            try {
                handle.invokeWithArguments(arguments);
            } catch (Throwable ignored) {
                // Best effort: logging context never fails a request.
            }
        }
    }

    private static MethodHandle find(String name, MethodType type) {
        try {
            Class<?> api = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext", true,
                    LogContext.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(api, name, type);
        } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
            return null;
        }
    }
}
