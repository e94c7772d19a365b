package dev.dryfruits.quality.standards.boundary;

import dev.dryfruits.quality.standards.entity.IntendedUse;
import dev.dryfruits.quality.standards.entity.StandardLimit;
import dev.dryfruits.quality.standards.entity.StandardsProfile;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Standards", description = "The standards profiles lab reports are judged by; one is in force")
public record StandardsView(@Schema(description = "The profile in force") String active,
                            List<ProfileView> profiles) {

    @Schema(name = "StandardsProfile")
    public record ProfileView(String name, String title, boolean active, Instant updatedAt, List<LimitView> limits) {
        static ProfileView of(StandardsProfile profile, boolean active, List<StandardLimit> limits) {
            return new ProfileView(profile.name(), profile.title(), active, profile.updatedAt(),
                    limits.stream().map(LimitView::of).toList());
        }
    }

    @Schema(name = "StandardLimit")
    public record LimitView(String category, IntendedUse use, String parameter,
                            @Schema(description = "Highest value allowed, a decimal string") String max, String unit,
                            @Schema(description = "Where the value comes from") String source) {
        static LimitView of(StandardLimit limit) {
            return new LimitView(limit.category(), limit.use(), limit.parameter().apiName(),
                    limit.max().stripTrailingZeros().toPlainString(), limit.parameter().unit(), limit.source());
        }
    }
}
