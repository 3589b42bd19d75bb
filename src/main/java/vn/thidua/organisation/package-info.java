/**
 * Units and individuals, their import, and the rules about subjects every later module uses: the
 * unit tree ({@link vn.thidua.organisation.UnitTree}, the SQL functions of migration V5), who heads
 * and supervises whom, and who may do what with a subject ({@link vn.thidua.organisation.SubjectAccess}).
 */
@ApplicationModule(displayName = "Organisation",
        allowedDependencies = {"shared", "shared :: web", "audit", "security"})
package vn.thidua.organisation;

import org.springframework.modulith.ApplicationModule;
