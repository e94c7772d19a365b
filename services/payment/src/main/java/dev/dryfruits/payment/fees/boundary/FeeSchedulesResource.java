package dev.dryfruits.payment.fees.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.payment.fees.control.FeeSchedules;
import dev.dryfruits.payment.fees.entity.FeeSchedule;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fee schedules are public, as a marketplace's fees are: sellers (and would-be sellers) read them. */
@Path("fees/schedules")
@Tag(name = "Fees")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FeeSchedulesResource {

    @Inject
    FeeSchedules schedules;

    @GET
    @Operation(summary = "Every fee schedule, latest first, marking the one in force today")
    public List<FeeScheduleView> all() {
        UUID inForce = schedules.inForceOn(schedules.today()).id();
        return schedules.all().stream().map(schedule -> FeeScheduleView.of(schedule, schedule.id().equals(inForce)))
                .toList();
    }

    @GET
    @Path("current")
    @Operation(summary = "The schedule in force today (it cannot change before tomorrow: new schedules start later)")
    public FeeScheduleView current() {
        return FeeScheduleView.of(schedules.inForceOn(schedules.today()), true);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One fee schedule")
    public FeeScheduleView one(@PathParam("id") UUID id) {
        FeeSchedule schedule = schedules.find(id).orElseThrow(() -> ProblemException.notFound("Fee schedule " + id));
        return FeeScheduleView.of(schedule, schedule.id().equals(schedules.inForceOn(schedules.today()).id()));
    }
}
