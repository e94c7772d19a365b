package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Bodies read as a JSON object (merge patches, RFC 7396, and other free-form documents): anything else, an array, a
 * string, nothing, or text that is not JSON, is the caller's 400, not a cast that fails on our side.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonObjectBodies.MERGE_PATCH})
public class JsonObjectBodies implements MessageBodyReader<JsonObject> {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(body)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException unreadable) {
            throw ProblemException.badRequest("malformed-body", "The body is not JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("malformed-body", "The body must be a JSON object, not "
                    + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asJsonObject();
    }
}
