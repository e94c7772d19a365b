package dev.dryfruits.notification.sms.boundary;

import dev.dryfruits.notification.sms.entity.SandboxBehaviour;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SandboxSmsBehaviour", description = "How the sandbox SMS provider answers")
public record SandboxBehaviourView(
        @Schema(description = "Refuse every message", required = true) @NotNull Boolean failing,
        @Schema(description = "Delay before answering", required = true) @NotNull @Min(0) @Max(60000)
        Integer latencyMillis) {

    static SandboxBehaviourView of(SandboxBehaviour behaviour) {
        return new SandboxBehaviourView(behaviour.failing(), (int) behaviour.latency().toMillis());
    }
}
