package vn.thidua.campaign.web;

import vn.thidua.campaign.Criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A criterion in the campaign's table: whether a new group starts at it, and whether it can move. */
record CriterionRow(Criterion criterion, boolean groupStarts, boolean first, boolean last) {

    static List<CriterionRow> of(List<Criterion> ordered) {
        List<CriterionRow> rows = new ArrayList<>();
        String group = null;
        for (int i = 0; i < ordered.size(); i++) {
            Criterion c = ordered.get(i);
            boolean starts = c.getGroup() != null && !Objects.equals(c.getGroup(), group);
            group = c.getGroup();
            rows.add(new CriterionRow(c, starts, i == 0, i == ordered.size() - 1));
        }
        return rows;
    }
}
