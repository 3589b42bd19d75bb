/**
 * Titles and awards after the ranking: each title's rules as versioned data with their legal sources,
 * quotas, and each person's and unit's record over the years (title awards, year ratings, initiatives,
 * disciplines), which eligibility reads.
 */
@ApplicationModule(displayName = "Award", allowedDependencies = {"shared", "shared :: web", "shared :: report",
        "audit", "security", "organisation", "campaign", "pledge", "evaluation", "ranking"})
package vn.thidua.award;

import org.springframework.modulith.ApplicationModule;
