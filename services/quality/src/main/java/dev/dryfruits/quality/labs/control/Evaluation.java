package dev.dryfruits.quality.labs.control;

import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.quality.labs.entity.Judgement;
import dev.dryfruits.quality.labs.entity.LabResults;
import dev.dryfruits.quality.standards.entity.StandardLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Holds each measured parameter to its limit. A parameter the standards limit but the lab did not report is
 * refused: a lot cannot pass on a test nobody ran. */
final class Evaluation {

    private Evaluation() {
    }

    static List<Judgement> judge(LabResults results, List<StandardLimit> limits, String profile, String category) {
        List<Problem.Violation> missing = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        limits.stream().sorted(Comparator.comparing(StandardLimit::parameter)).forEach(limit ->
                results.of(limit.parameter()).ifPresentOrElse(
                        value -> judgements.add(Judgement.of(limit.parameter(), value, limit.max(), limit.source())),
                        () -> missing.add(new Problem.Violation("results." + limit.parameter().apiName(),
                                "is required: the " + profile + " profile limits it for " + category))));
        if (!missing.isEmpty()) {
            throw ProblemException.invalidFields(missing);
        }
        return judgements;
    }
}
