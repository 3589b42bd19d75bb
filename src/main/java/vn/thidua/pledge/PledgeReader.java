package vn.thidua.pledge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Participation;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.NotFoundException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading pledges (DESIGN §3): one's own, a head's units (and below), everything for BOARD/ADMIN;
 * any other id is 403. Also what a pledge form offers: the criteria and titles of a campaign.
 */
@Service
@Transactional(readOnly = true)
public class PledgeReader {

    private final PledgeRepository pledges;
    private final PledgeSubjects subjects;
    private final CampaignService campaigns;
    private final CriterionRepository criteria;
    private final TitleCatalogue titles;
    private final UnitRepository units;
    private final Participation participation;
    private final RegistrationWindow window;

    PledgeReader(PledgeRepository pledges, PledgeSubjects subjects, CampaignService campaigns,
                 CriterionRepository criteria, TitleCatalogue titles, UnitRepository units,
                 Participation participation, RegistrationWindow window) {
        this.pledges = pledges;
        this.subjects = subjects;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.titles = titles;
        this.units = units;
        this.participation = participation;
        this.window = window;
    }

    /** A pledge the caller may read; otherwise 403. */
    @PreAuthorize("isAuthenticated()")
    public Pledge get(Long pledgeId) {
        Pledge pledge = load(pledgeId);
        subjects.of(pledge).checkRead();
        return pledge;
    }

    /** A pledge with its subject and what the caller may do with it, for its page. */
    @PreAuthorize("isAuthenticated()")
    public PledgeView view(Long pledgeId, Campaign campaign) {
        Pledge pledge = load(pledgeId);
        SubjectAccess.Rights rights = subjects.of(pledge);
        rights.checkRead();
        return new PledgeView(pledge, rights.subject(), window.isOpen(campaign), rights.isSubject(),
                rights.mayDecide());
    }

    @PreAuthorize("isAuthenticated()")
    public Subject subject(Pledge pledge) {
        SubjectAccess.Rights rights = subjects.of(pledge);
        rights.checkRead();
        return rights.subject();
    }

    /** The pledge of a subject in a campaign, if any (and the caller may read it). */
    @PreAuthorize("isAuthenticated()")
    public Optional<Pledge> find(Long campaignId, SubjectType type, Long subjectId) {
        Optional<Pledge> pledge = pledges.findByCampaignIdAndSubjectTypeAndSubjectId(campaignId, type, subjectId);
        pledge.ifPresent(p -> subjects.of(p).checkRead());
        return pledge;
    }

    /** One subject's pledges in several campaigns, by campaign id (for "My campaigns"). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Pledge> findAll(Collection<Long> campaignIds, SubjectType type, Long subjectId) {
        if (campaignIds.isEmpty() || subjectId == null) {
            return Map.of();
        }
        Optional<SubjectAccess.Rights> rights = subjects.find(type, subjectId);
        Map<Long, Pledge> result = new LinkedHashMap<>();
        if (rights.isPresent() && rights.get().mayRead()) {
            for (Pledge p : pledges.findByCampaignIdInAndSubjectTypeAndSubjectId(campaignIds, type, subjectId)) {
                result.put(p.getCampaignId(), p);
            }
        }
        return result;
    }

    /** The units the caller heads directly (their collective pledges), active ones. */
    @PreAuthorize("isAuthenticated()")
    public List<Unit> unitsHeaded() {
        Long me = CurrentUser.get().individualId();
        return me == null ? List.of() : units.findByHeadIndividualId(me).stream().filter(Unit::isActive).toList();
    }

    /** The campaigns, of these, in which the unit takes part. */
    @PreAuthorize("isAuthenticated()")
    public List<Campaign> takingPart(List<Campaign> campaigns, Long unitId) {
        return campaigns.stream().filter(participation.takingPart(unitId)).toList();
    }

    /** The subject a page is about, if the caller may write a pledge for it (own person, or a unit headed). */
    @PreAuthorize("isAuthenticated()")
    public Subject authorSubject(SubjectType type, Long subjectId) {
        SubjectAccess.Rights rights = subjects.find(type, subjectId).orElseThrow(() ->
                new NotFoundException(type == SubjectType.COLLECTIVE ? "unit" : "individual", subjectId));
        if (!rights.isSubject()) {
            throw new AccessDeniedException("not the subject");
        }
        return rights.subject();
    }

    /** The criteria a subject type pledges on, in the campaign's order. */
    @PreAuthorize("isAuthenticated()")
    public List<Criterion> criteriaFor(Long campaignId, SubjectType type) {
        campaigns.get(campaignId);
        return criteria.findByCampaignIdOrderByPositionAsc(campaignId).stream().filter(c -> c.appliesTo(type)).toList();
    }

    /** The campaign's open titles a subject type may aim for, in catalogue order. */
    @PreAuthorize("isAuthenticated()")
    public List<Title> titlesFor(Campaign campaign, SubjectType type) {
        return titles.findAll().stream()
                .filter(t -> t.getSubjectType().includes(type) && campaign.getOpenTitles().contains(t.getCode())).toList();
    }

    /**
     * The printed pledge's letterhead: the unit above the subject's unit (cơ quan chủ quản) and the
     * unit itself; a top-level unit stands alone (agency null).
     */
    public record Letterhead(String agency, String unit) {
    }

    @PreAuthorize("isAuthenticated()")
    public Letterhead letterhead(Subject subject) {
        Unit unit = units.findById(subject.unitId()).orElse(null);
        if (unit == null) {
            return new Letterhead(null, subject.unitName());
        }
        String above = unit.getParentId() == null ? null
                : units.findById(unit.getParentId()).map(Unit::getName).orElse(null);
        return new Letterhead(above, unit.getName());
    }

    /** May the caller write (edit, submit) this pledge: the individual themself, or the head of the unit? */
    @PreAuthorize("isAuthenticated()")
    public boolean mayWrite(Pledge pledge) {
        return subjects.of(pledge).isSubject();
    }

    private Pledge load(Long id) {
        return pledges.findById(id).orElseThrow(() -> new NotFoundException("pledge", id));
    }
}
