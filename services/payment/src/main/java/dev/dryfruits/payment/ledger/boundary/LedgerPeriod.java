package dev.dryfruits.payment.ledger.boundary;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A statement's period from query parameters: from and to are days (both included) in the platform's zone. */
record LedgerPeriod(LocalDate from, LocalDate to, Instant start, Instant end) {

    static LedgerPeriod of(String from, String to, ZoneId zone) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return new LedgerPeriod(first, last, first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
