package dev.dryfruits.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * The rules every service keeps: each endpoint says who may call it, and boundary-control-entity layering holds
 * within each business component.
 */
public final class ServiceArchitecture {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    /** Every JAX-RS resource method carries @RolesAllowed, @PermitAll or @DenyAll, itself or on its class. */
    public static final ArchRule ENDPOINTS_DECLARE_WHO_MAY_CALL = methods()
            .that(areResourceMethods())
            .should(declareAccess())
            .because("security is default-deny: every endpoint states who may call it");

    public static final ArchRule CONTROL_DOES_NOT_DEPEND_ON_BOUNDARY = noClasses()
            .that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("control holds the logic the boundaries (REST, events) call, never the other way round");

    public static final ArchRule ENTITIES_STAND_ALONE = noClasses()
            .that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
            .because("entities are the domain model; logic and transport depend on them, not the reverse");

    private static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

    private ServiceArchitecture() {
    }

    private static DescribedPredicate<JavaMethod> areResourceMethods() {
        return new DescribedPredicate<>("are JAX-RS resource methods") {
            @Override
            public boolean test(JavaMethod method) {
                // A REST client's interface describes another service's endpoints, not this one's.
                boolean inResource = method.getOwner().isAnnotatedWith(Path.class)
                        && !method.getOwner().isAnnotatedWith(REST_CLIENT);
                boolean httpMethod = method.getAnnotations().stream()
                        .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class));
                return inResource && httpMethod;
            }
        };
    }

    private static ArchCondition<JavaMethod> declareAccess() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll (or inherit it from the class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean declared = ACCESS_ANNOTATIONS.stream()
                        .anyMatch(access -> method.isAnnotatedWith(access) || owner.isAnnotatedWith(access));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " does not say who may call it"));
                }
            }
        };
    }
}
