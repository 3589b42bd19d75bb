/** The demo data of the embedded default: the Government Office's 2020 campaign, its units, people and accounts. */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"shared", "audit", "security", "organisation",
        "campaign", "pledge", "evaluation", "ranking", "award"})
package vn.thidua.demo;

import org.springframework.modulith.ApplicationModule;
