package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.problem.ProblemException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How a service asks another: through the other service's REST client (registered with {@link PropagatedHeaders}
 * and {@link PeerResponses}), wrapped once in a control bean carrying the call's timeout, retry and circuit breaker,
 * which leave a {@link PeerResponses.Refusal} alone. A refusal (404, 403...) is an answer: empty. Any failure to get
 * an answer (not reachable, too slow, its circuit open, a 5xx) becomes this service's 503 with Retry-After, naming
 * the service it could not ask: never a 500, and never a wrong answer.
 */
public final class Peers {

    /** How soon to try again when another service did not answer: its circuit breaker's delay. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(Peers.class.getName());

    private Peers() {
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure) : failure + " (cause: " + root + ")";
    }

    public static <T> Optional<T> ask(String service, String question, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (PeerResponses.Refusal answeredNo) {
            return Optional.empty();
        } catch (ProblemException ours) {
            throw ours;
        } catch (RuntimeException unreachable) {
            throw unavailable(service, question, unreachable);
        }
    }

    /**
     * Like {@link #ask}, for a caller that reads the other service's refusal (a 400 naming a field, say): the
     * {@link PeerResponses.Refusal} comes through as it is; a failure to answer is still this service's 503.
     */
    public static <T> T call(String service, String question, Supplier<T> call) {
        try {
            return call.get();
        } catch (PeerResponses.Refusal | ProblemException answered) {
            throw answered;
        } catch (RuntimeException unreachable) {
            throw unavailable(service, question, unreachable);
        }
    }

    private static ProblemException unavailable(String service, String question, RuntimeException cause) {
        // The caller hears 503; the log says why (the peer's 5xx, a timeout, its circuit open...).
        LOG.warning(() -> "Could not ask the " + service + " service " + question + ": " + describe(cause));
        ProblemException unavailable = ProblemException.serviceUnavailable("The " + service + " service cannot be asked "
                + question + " right now; try again in a few seconds", RETRY_AFTER);
        unavailable.initCause(cause);
        return unavailable;
    }
}
