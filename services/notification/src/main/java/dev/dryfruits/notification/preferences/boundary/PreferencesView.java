package dev.dryfruits.notification.preferences.boundary;

import dev.dryfruits.notification.preferences.entity.Preferences;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPreferences", description = "The channels a user allows")
public record PreferencesView(
        @Schema(required = true) @NotNull Boolean email,
        @Schema(required = true) @NotNull Boolean sms,
        @Schema(description = "Messages that are sent whatever these choices say (read only)", readOnly = true)
        Set<String> alwaysSent) {

    static PreferencesView of(Preferences preferences, Set<String> transactionalTypes) {
        return new PreferencesView(preferences.email(), preferences.sms(), transactionalTypes);
    }
}
