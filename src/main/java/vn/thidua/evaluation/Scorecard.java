package vn.thidua.evaluation;

import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.Thresholds;
import vn.thidua.organisation.SubjectType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Total and classification of one subject, exactly as DESIGN §4 says: the points of the criteria
 * that apply to the subject's type, STANDARD + BONUS − PENALTY; a missing score counts 0 and makes
 * the scorecard incomplete; a total equal to a threshold gets the higher class. With no score at
 * all there is nothing to classify ({@code classification} is null).
 */
public record Scorecard(BigDecimal total, boolean complete, boolean scored, Classification classification) {

    /** One criterion and the points given for it ({@code null}: not scored yet). */
    public record Line(CriterionKind kind, AppliesTo appliesTo, BigDecimal points) {
    }

    public static Scorecard of(SubjectType subject, List<Line> lines, Thresholds thresholds) {
        BigDecimal total = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        boolean complete = true;
        boolean scored = false;
        for (Line line : lines) {
            if (!line.appliesTo().includes(subject)) {
                continue;
            }
            if (line.points() == null) {
                complete = false;
                continue;
            }
            scored = true;
            total = line.kind() == CriterionKind.PENALTY ? total.subtract(line.points()) : total.add(line.points());
        }
        return new Scorecard(total, complete, scored, scored ? classify(total, thresholds) : null);
    }

    /**
     * The classification a page shows: only once every criterion has points, as a partial total
     * would classify the person below what they may end with (DESIGN §4 marks it incomplete).
     */
    public Classification shownClassification() {
        return complete && scored ? classification : null;
    }

    public static Classification classify(BigDecimal total, Thresholds thresholds) {
        Thresholds t = thresholds.orDefaults();
        if (total.compareTo(t.excellent()) >= 0) {
            return Classification.EXCELLENT;
        }
        if (total.compareTo(t.good()) >= 0) {
            return Classification.GOOD;
        }
        if (total.compareTo(t.pass()) >= 0) {
            return Classification.PASS;
        }
        return Classification.FAIL;
    }
}
