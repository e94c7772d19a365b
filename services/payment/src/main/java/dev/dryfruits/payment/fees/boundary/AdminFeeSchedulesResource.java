package dev.dryfruits.payment.fees.boundary;

import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.payment.fees.control.FeeScheduleRequest;
import dev.dryfruits.payment.fees.control.FeeSchedules;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/fees/schedules")
@Tag(name = "Fees")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminFeeSchedulesResource {

    @Inject
    FeeSchedules schedules;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new fee schedule from a day after today (schedules in force are never changed); 409 if one"
            + " already starts that day")
    public Response publish(FeeScheduleRequest request) {
        FeeSchedule schedule = schedules.publish(request, currentUser.id());
        return Responses.created("/api/fees/schedules/" + schedule.id(), FeeScheduleView.of(schedule, false));
    }
}
