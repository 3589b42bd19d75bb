/** Pledges (đăng ký thi đua) and their review: writing, submitting, approving or returning, lists and exports. */
@ApplicationModule(displayName = "Pledge", allowedDependencies = {"shared", "shared :: web", "shared :: report",
        "audit", "security", "organisation", "campaign"})
package vn.thidua.pledge;

import org.springframework.modulith.ApplicationModule;
