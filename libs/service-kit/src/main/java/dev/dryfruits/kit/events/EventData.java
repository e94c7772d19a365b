package dev.dryfruits.kit.events;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads an event's data into the record type a consumer declares for it, the one way events are read: JSON-B binds
 * the fields, and every record component must then be present, except those of type {@link Optional}, nested records
 * and the records in lists included. Unknown fields are ignored (a producer may add optional ones).
 */
public final class EventData {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventData() {
    }

    /** The version of {@code type}'s contract: its {@link EventVersion}, else 1. */
    static int versionOf(Class<?> type) {
        EventVersion version = type.getAnnotation(EventVersion.class);
        return version == null ? 1 : version.value();
    }

    /** @throws MalformedEvent when the data does not fit the contract: it never will, so retrying cannot help */
    public static <T extends Record> T read(JsonObject data, Class<T> type) throws MalformedEvent {
        T value;
        try {
            value = JSONB.fromJson(data.toString(), type);
        } catch (JsonbException unreadable) {
            throw new MalformedEvent(type.getSimpleName() + " data does not fit its contract: " + rootMessage(unreadable));
        }
        requireComplete(value, type.getSimpleName());
        return value;
    }

    private static void requireComplete(Record value, String path) throws MalformedEvent {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = get(component, value);
            String where = path + "." + component.getName();
            if (field == null && component.getType() != Optional.class) {
                throw new MalformedEvent(where + " is missing");
            }
            if (field instanceof Record nested) {
                requireComplete(nested, where);
            } else if (field instanceof Collection<?> items) {
                for (Object item : items) {
                    if (item == null) {
                        throw new MalformedEvent(where + " holds a null");
                    }
                    if (item instanceof Record nested) {
                        requireComplete(nested, where + "[]");
                    }
                }
            }
        }
    }

    private static Object get(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
