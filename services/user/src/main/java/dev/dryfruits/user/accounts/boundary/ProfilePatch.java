package dev.dryfruits.user.accounts.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.control.Profiles;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON merge patch (RFC 7396) of the profile: only fullName and phone can change; a null phone removes it.
 * Anything else in the body is refused rather than silently ignored, so a client trying to change its role or
 * email learns that it cannot.
 */
final class ProfilePatch {

    private static final Set<String> CHANGEABLE = Set.of("fullName", "phone");
    private static final Pattern PHONE = Pattern.compile(Phones.E164);
    private static final int MAX_NAME_LENGTH = 120;

    private ProfilePatch() {
    }

    static Profiles.ProfileChanges read(JsonObject patch) {
        if (patch == null) {
            throw ProblemException.badRequest("validation", "Send a JSON object with the fields to change");
        }
        for (String field : patch.keySet()) {
            if (!CHANGEABLE.contains(field)) {
                throw ProblemException.invalidField(field, "cannot be changed here; you can change fullName and phone");
            }
        }
        return new Profiles.ProfileChanges(fullName(patch), phone(patch));
    }

    private static Optional<String> fullName(JsonObject patch) {
        if (!patch.containsKey("fullName")) {
            return Optional.empty();
        }
        String name = text(patch.get("fullName")).map(String::strip).orElse("");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw ProblemException.invalidField("fullName", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return Optional.of(name);
    }

    private static Optional<Optional<String>> phone(JsonObject patch) {
        if (!patch.containsKey("phone")) {
            return Optional.empty();
        }
        JsonValue value = patch.get("phone");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(Optional.empty());
        }
        String phone = text(value).filter(candidate -> PHONE.matcher(candidate).matches())
                .orElseThrow(() -> ProblemException.invalidField("phone", Phones.E164_MESSAGE));
        return Optional.of(Optional.of(phone));
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }
}
