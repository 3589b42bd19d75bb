/** Evaluations: self-assessment, review scoring, finalisation and reopening, evidence, the review grid. */
@ApplicationModule(displayName = "Evaluation", allowedDependencies = {"shared", "shared :: web", "audit",
        "security", "organisation", "campaign", "pledge"})
package vn.thidua.evaluation;

import org.springframework.modulith.ApplicationModule;
