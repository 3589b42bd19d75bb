/**
 * Rankings of individuals and units, the snapshot taken on closing, the board's dashboard, the
 * summary report and their exports. What it reads of other modules is {@link vn.thidua.ranking.RankingSql}.
 */
@ApplicationModule(displayName = "Ranking", allowedDependencies = {"shared", "shared :: web", "shared :: report",
        "audit", "security", "organisation", "campaign", "pledge", "evaluation"})
package vn.thidua.ranking;

import org.springframework.modulith.ApplicationModule;
