package dev.dryfruits.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.dryfruits.testing.ServiceArchitecture;

@AnalyzeClasses(packages = "dev.dryfruits.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule endpointsDeclareWhoMayCall = ServiceArchitecture.ENDPOINTS_DECLARE_WHO_MAY_CALL;

    @ArchTest
    static final ArchRule controlDoesNotDependOnBoundary = ServiceArchitecture.CONTROL_DOES_NOT_DEPEND_ON_BOUNDARY;

    @ArchTest
    static final ArchRule entitiesStandAlone = ServiceArchitecture.ENTITIES_STAND_ALONE;
}
