package dev.dryfruits.kit.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a service token must carry to call this resource (class) or method: the scope the identity service grants
 * the calling service ({@code dryfruits.service-client.NAME.scopes} in the user service). Users are judged by their
 * roles alone (an administrator needs no scope); a {@link Roles#SERVICE} caller without the scope gets 403, so a
 * service can call only what the platform's policy lets it, not everything open to SERVICE.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceScope {

    /** The scope, named {@code service.area}: inventory.reservations, payment.payments... */
    String value();
}
