package vn.thidua.campaign;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.NotFoundException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in a campaign beyond the rule (migration V9, {@code campaign_participants}): the
 * people who joined a participating unit after the registration deadline are listed as joined late
 * and counted nowhere, until an admin adds them; each addition is audited against the campaign.
 */
@Service
@Transactional
public class CampaignParticipants {

    /** The late-joiner list shows at most this many rows (with the full count). */
    public static final int LISTED = 500;

    private final CampaignService campaigns;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    CampaignParticipants(CampaignService campaigns, JdbcClient jdbc, AuditLog audit) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A person who joined a participating unit after the registration deadline and is not taking part. */
    public record LateJoiner(Long individualId, String code, String fullName, Long unitId, String unitName,
                             Instant joinedUnitAt) {

        /** When they joined, on the office's clock (Viet Nam). */
        public java.time.LocalDateTime joinedInOffice() {
            return java.time.LocalDateTime.ofInstant(joinedUnitAt, vn.thidua.shared.OfficeTime.ZONE);
        }
    }

    /** The late joiners of a campaign, by unit and name (at most {@link #LISTED}), and how many there are. */
    public record LateJoiners(long total, List<LateJoiner> people) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    @Transactional(readOnly = true)
    public LateJoiners lateJoiners(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<LateJoiner> people = jdbc.sql("""
                        select i.id, i.code, i.full_name, i.unit_id, u.name as unit_name, l.joined_unit_at
                        from campaign_late_joiners(:campaign) l
                        join individual i on i.id = l.individual_id
                        join unit u on u.id = i.unit_id
                        order by u.name, i.full_name, i.id
                        limit :limit""")
                .param("campaign", campaign.getId()).param("limit", LISTED)
                .query((rs, n) -> new LateJoiner(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getObject("joined_unit_at", OffsetDateTime.class).toInstant()))
                .list();
        long total = people.size() < LISTED ? people.size()
                : jdbc.sql("select count(*) from campaign_late_joiners(:campaign)").param("campaign", campaign.getId())
                .query(Long.class).single();
        return new LateJoiners(total, people);
    }

    /**
     * Adds a late joiner to the campaign (ADMIN): from then on they are counted like everyone who
     * joined on time. Adding someone who already takes part changes nothing (a double submit is
     * harmless); someone outside the participating units, inactive, or a CLOSED campaign (its
     * ranking is frozen) is refused with 409.
     *
     * @return the person, and whether they were added now (false: they already took part)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Addition add(Long campaignId, Long individualId) {
        Campaign campaign = campaigns.load(campaignId);
        if (campaign.isClosed()) {
            throw new ConflictException("campaign.participant.closed", campaign.getStatus().label());
        }
        String name = jdbc.sql("select full_name || ' (' || code || ')' from individual where id = :id")
                .param("id", individualId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("individual", individualId));
        if (takesPart(campaign.getId(), individualId)) {
            return new Addition(name, false);
        }
        if (!isLate(campaign.getId(), individualId)) {
            throw new ConflictException("campaign.participant.notInUnits", name);
        }
        jdbc.sql("""
                        insert into campaign_participant_addition (campaign_id, individual_id, added_by)
                        values (:campaign, :individual, :by) on conflict do nothing""")
                .param("campaign", campaign.getId()).param("individual", individualId)
                .param("by", CurrentUser.get().username()).update();
        audit.record(AuditLog.entry(CampaignService.AUDIT_ENTITY, campaign.getId(), "PARTICIPANT_ADDED")
                .campaign(campaign.getId()).newValue(Map.of("participant", name)));
        return new Addition(name, true);
    }

    /** Who was added ("full name (code)"), and whether now. */
    public record Addition(String name, boolean added) {
    }

    private boolean takesPart(Long campaignId, Long individualId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        select exists (select 1 from campaign_participants(:campaign) where individual_id = :individual)""")
                .param("campaign", campaignId).param("individual", individualId).query(Boolean.class).single());
    }

    private boolean isLate(Long campaignId, Long individualId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        select exists (select 1 from campaign_late_joiners(:campaign) where individual_id = :individual)""")
                .param("campaign", campaignId).param("individual", individualId).query(Boolean.class).single());
    }
}
