package dev.dryfruits.kit.security;

import dev.dryfruits.kit.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller, as its verified token describes it. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    /** The caller's user id (the token subject); 401 when the request carries no token. */
    public UUID id() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw ProblemException.unauthorized("A valid bearer token is required");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.unauthorized("The token subject is not a user id");
        }
    }

    public String email() {
        return token.getName();
    }

    public Set<String> roles() {
        Set<String> groups = token == null ? null : token.getGroups();
        return groups == null ? Set.of() : groups;
    }

    public boolean isAdmin() {
        return roles().contains(Roles.ADMIN);
    }

    /** Lets the owner of something, or an administrator, through; everyone else gets 403. */
    public void requireOwnerOrAdmin(UUID ownerId) {
        if (!isAdmin() && !id().equals(ownerId)) {
            throw ProblemException.forbidden("This belongs to another user");
        }
    }
}
