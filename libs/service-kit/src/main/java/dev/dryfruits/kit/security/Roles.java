package dev.dryfruits.kit.security;

/** The groups a token can carry; JAX-RS resources name them in @RolesAllowed. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String SELLER = "SELLER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
