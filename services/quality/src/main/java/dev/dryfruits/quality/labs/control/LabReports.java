package dev.dryfruits.quality.labs.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.files.control.Uploads;
import dev.dryfruits.quality.labs.entity.Judgement;
import dev.dryfruits.quality.labs.entity.LabEvents;
import dev.dryfruits.quality.labs.entity.LabReport;
import dev.dryfruits.quality.labs.entity.LabReportDetails;
import dev.dryfruits.quality.labs.entity.LabResults;
import dev.dryfruits.quality.labs.entity.LotDecision;
import dev.dryfruits.quality.labs.entity.Outcome;
import dev.dryfruits.quality.lots.control.QualityLots;
import dev.dryfruits.quality.lots.entity.LotStanding;
import dev.dryfruits.quality.lots.entity.QualityLot;
import dev.dryfruits.quality.standards.control.Standards;
import dev.dryfruits.quality.standards.entity.StandardLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lab reports on lots: judged against the standards profile in force, they release a lot (LotReleased), hold it
 * (LotQuarantined, and its seller is emailed), or recall it when it had already been released (LotRecalled).
 */
@ApplicationScoped
public class LabReports {

    private static final Logger LOG = Logger.getLogger(LabReports.class.getName());
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Inject
    QualityLots lots;

    @Inject
    Standards standards;

    @Inject
    Uploads uploads;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "dryfruits.quality.score-window")
    int scoreWindow;

    @Transactional
    public LabReport submit(UUID lotId, UUID callerId, boolean admin, LabReportSubmission submission) {
        LabReportDetails details = LabReportSubmission.required(submission).validated(LocalDate.now(INDIA));
        QualityLot lot = lots.lockVisibleTo(callerId, admin, lotId);
        if (lot.status() == LotStanding.RECALLED) {
            throw ProblemException.conflict("lot-recalled", "Lot " + lot.lotNumber() + " was recalled; no further"
                    + " report can change that");
        }
        boolean duplicate = !em.createQuery("select r.id from LabReport r where r.lotId = :lot"
                        + " and r.laboratory = :lab and r.reportNumber = :number", UUID.class)
                .setParameter("lot", lotId).setParameter("lab", details.laboratory())
                .setParameter("number", details.reportNumber()).setMaxResults(1).getResultList().isEmpty();
        if (duplicate) {
            throw ProblemException.conflict("report-duplicate", "Report " + details.reportNumber() + " from "
                    + details.laboratory() + " was already submitted for this lot");
        }
        String profile = standards.activeProfile();
        List<StandardLimit> limits = standards.limitsFor(lot.category(), details.use());
        if (limits.isEmpty()) {
            throw ProblemException.conflict("no-standard", "The " + profile + " profile has no limits for "
                    + lot.category() + " (" + details.use() + "); an administrator must add them before its lots"
                    + " can be judged");
        }
        List<Judgement> judgements = Evaluation.judge(details.results(), limits, profile, lot.category());
        boolean passed = judgements.stream().noneMatch(Judgement::failed);
        LotStanding before = lot.status();
        LotStanding after = lot.judge(passed, Instant.now());
        LotDecision decision = decision(before, after, passed);
        LabReport report = new LabReport(lotId, lot.sellerId(), details, profile, judgements, decision, callerId,
                Instant.now());
        em.persist(report);
        announce(lot, report, judgements, decision);
        return report;
    }

    private static LotDecision decision(LotStanding before, LotStanding after, boolean passed) {
        if (after == LotStanding.RECALLED) {
            return LotDecision.RECALLED;
        }
        if (!passed) {
            return LotDecision.QUARANTINED;
        }
        return before == LotStanding.RELEASED ? LotDecision.NONE : LotDecision.RELEASED;
    }

    private void announce(QualityLot lot, LabReport report, List<Judgement> judgements, LotDecision decision) {
        String eventName = switch (decision) {
            case RELEASED -> "LotReleased";
            case QUARANTINED -> "LotQuarantined";
            case RECALLED -> "LotRecalled";
            case NONE -> null;
        };
        if (eventName == null) {
            return;
        }
        List<LabEvents.Failure> failures = judgements.stream().filter(Judgement::failed)
                .map(failed -> new LabEvents.Failure(failed.parameter().apiName(), LabResults.text(failed.value()),
                        LabResults.text(failed.limit()), failed.parameter().unit())).toList();
        String reason = "Lab report " + report.reportNumber() + " from " + report.laboratory()
                + (failures.isEmpty() ? " passed the " + report.profile() + " limits"
                : " failed the " + report.profile() + " limits: " + String.join(", ", failures.stream()
                .map(failure -> failure.name() + " " + failure.value() + " " + failure.unit() + " over "
                        + failure.limit()).toList()));
        outbox.publish(LabEvents.TOPIC, lot.id().toString(), eventName, new LabEvents.LotDecided(lot.id(),
                lot.sellerId(), lot.sellerId(), report.id(), lot.lotNumber(), lot.sku(), lot.category(),
                report.profile(), report.laboratory(), report.reportNumber(), reason, failures));
        LOG.info(() -> eventName + " for lot " + lot.lotNumber() + " (" + lot.id() + "): " + reason);
    }

    public List<LabReport> ofLot(UUID lotId) {
        return em.createQuery("select r from LabReport r where r.lotId = :lot order by r.createdAt, r.id",
                LabReport.class).setParameter("lot", lotId).getResultList();
    }

    public LabReport get(UUID lotId, UUID reportId) {
        LabReport report = em.find(LabReport.class, reportId);
        if (report == null || !report.lotId().equals(lotId)) {
            throw ProblemException.notFound("Lab report " + reportId);
        }
        return report;
    }

    /** Attaches the signed report (PDF, PNG or JPEG) once. */
    @Transactional
    public LabReport attach(UUID lotId, UUID reportId, String fileName, InputStream content) {
        LabReport report = get(lotId, reportId);
        if (!report.attach(uploads.read(fileName, content))) {
            throw ProblemException.conflict("document-attached", "This report's document is already attached; a"
                    + " corrected report is a new report");
        }
        return report;
    }

    /** A seller's lab pass rate over their last {@code score-window} reports. */
    public Score score(UUID sellerId) {
        List<Outcome> outcomes = em.createQuery("select r.outcome from LabReport r where r.sellerId = :seller"
                        + " order by r.createdAt desc, r.id", Outcome.class)
                .setParameter("seller", sellerId).setMaxResults(scoreWindow).getResultList();
        long passed = outcomes.stream().filter(outcome -> outcome == Outcome.PASS).count();
        String passRate = outcomes.isEmpty() ? null : BigDecimal.valueOf(passed)
                .divide(BigDecimal.valueOf(outcomes.size()), 2, RoundingMode.HALF_UP).toPlainString();
        return new Score(sellerId, scoreWindow, outcomes.size(), passed, outcomes.size() - passed, passRate);
    }

    public record Score(UUID sellerId, int window, int reports, long passed, long failed, String passRate) {
    }
}
