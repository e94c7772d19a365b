package dev.dryfruits.gateway.security.control;

/** The bearer token is missing its signature, signed by a stranger, expired, for someone else, or not a JWT. */
public class InvalidToken extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidToken(String reason, Throwable cause) {
        super(reason, cause);
    }
}
