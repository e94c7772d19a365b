package dev.dryfruits.user.accounts.control;

import dev.dryfruits.kit.request.RequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Answers a request that hashes a password (sign-up, sign-in, a password change) off the request thread: it takes a
 * place in line first ({@link HashingCapacity}: refused at once, 503 with Retry-After, when the line is full), then
 * runs on the server's managed executor and resumes the response, with the request's id and trace on its log lines.
 * The request thread is free at once, so a burst is counted and refused here rather than queued unseen in the
 * server's thread pool. The work must not need the request's CDI scope (take the caller's id before).
 */
@ApplicationScoped
public class PasswordWork {

    @Inject
    PasswordHasher hasher;

    @Resource
    ManagedExecutorService executor;

    public void answer(AsyncResponse response, Supplier<Response> work) {
        HashingCapacity.Ticket place = hasher.admit();
        Optional<RequestContext> request = RequestContext.current();
        try {
            executor.execute(() -> hashAndAnswer(response, place, request, work));
        } catch (RejectedExecutionException stopping) {
            // Once the server stops, its executor takes no new task (CWWKE1202E) while the requests already read
            // are still answered before the application stops: this one is answered on its own thread.
            hashAndAnswer(response, place, request, work);
        } catch (RuntimeException notAccepted) {
            place.close();
            throw notAccepted;
        }
    }

    /**
     * Gives the place back as soon as the work is done, so that the next caller may have it, and answers (or maps the
     * failure) within the request's context, so that its log lines carry the request id.
     */
    private static void hashAndAnswer(AsyncResponse response, HashingCapacity.Ticket place,
            Optional<RequestContext> request, Supplier<Response> work) {
        try (RequestContext.Scope scope = request.map(RequestContext::enter).orElse(() -> { })) {
            Response answer;
            try (place) {
                answer = work.get();
            } catch (RuntimeException failed) {
                response.resume(failed);
                return;
            }
            response.resume(answer);
        }
    }
}
