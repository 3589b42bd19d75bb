package vn.thidua.pledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a unit takes part in a campaign: every unit when the campaign lists none, otherwise a
 * listed unit and every unit below it (a Vụ's phòng are part of the Vụ).
 */
@Component
class Participation {

    private static final String ANCESTORS = """
            with recursive up(id, parent_id) as (
                select id, parent_id from unit where id = :unit
                union
                select u.id, u.parent_id from unit u join up on u.id = up.parent_id
            )
            select id from up""";

    private static final String SUBTREES = """
            with recursive down(id) as (
                select id from unit where id in (:units)
                union
                select u.id from unit u join down on u.parent_id = down.id
            )
            select id from down""";

    private final JdbcClient jdbc;

    Participation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean takesPart(Campaign campaign, Long unitId) {
        if (campaign.isOpenToAllUnits()) {
            return true;
        }
        Set<Long> up = new HashSet<>(jdbc.sql(ANCESTORS).param("unit", unitId).query(Long.class).list());
        return campaign.getParticipatingUnitIds().stream().anyMatch(up::contains);
    }

    /** Every unit taking part (the listed ones and all below them) in one statement; null when all units do. */
    Set<Long> units(Campaign campaign) {
        if (campaign.isOpenToAllUnits()) {
            return null;
        }
        return new HashSet<>(jdbc.sql(SUBTREES).param("units", List.copyOf(campaign.getParticipatingUnitIds()))
                .query(Long.class).list());
    }
}
