package dev.dryfruits.kit.security;

/** The groups a token can carry; JAX-RS resources name them in @RolesAllowed. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String SELLER = "SELLER";
    public static final String ADMIN = "ADMIN";
    /**
     * Another service calling on its own behalf (the order service reserving stock), not on a user's. No user
     * account carries it; service tokens are issued to services only.
     */
    public static final String SERVICE = "SERVICE";

    private Roles() {
    }
}
