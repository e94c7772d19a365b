package dev.dryfruits.shipping.pincodes.boundary;

import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pincode", description = "Where a pincode is, and whether the platform delivers there")
public record PincodeView(@Schema(example = "560001") String pincode, @Schema(example = "Bengaluru") String city,
                          List<StateView> states,
                          @Schema(description = "A courier delivers there (every pincode in the directory)")
                          boolean serviceable,
                          @Schema(description = "Cash on delivery can be collected there under today's rate card")
                          boolean cashOnDelivery) {

    @Schema(name = "IndianState")
    public record StateView(@Schema(example = "29", description = "GST state code") String code,
                            @Schema(example = "Karnataka") String name) {

        public static StateView of(IndianState state) {
            return new StateView(state.code(), state.name());
        }
    }

    static PincodeView of(PincodeArea area, boolean cashOnDelivery) {
        return new PincodeView(area.pincode(), area.city(), area.states().stream().map(StateView::of).toList(), true,
                cashOnDelivery);
    }
}
