package vn.thidua.campaign;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.organisation.OrganisationRules;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The criteria of a campaign. Their structure (which criteria, their order, code, kind, maximum
 * and subjects) is set in DRAFT only; after that only their wording (title, description, group)
 * may change, until CLOSED (DESIGN §4). Every change is audited against the campaign.
 */
@Service
@Transactional
public class CriterionService {

    public static final String AUDIT_ENTITY = "CRITERION";

    private final CriterionRepository criteria;
    private final CampaignService campaigns;
    private final AuditLog audit;

    CriterionService(CriterionRepository criteria, CampaignService campaigns, AuditLog audit) {
        this.criteria = criteria;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** {@code position} null: at the end (new) or where it is (update). */
    public record CriterionData(String code, Integer position, String group, String title, String description,
                                CriterionKind kind, BigDecimal maxPoints, AppliesTo appliesTo) {
    }

    /** The criteria of a campaign the caller may see, in order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Criterion> list(Long campaignId) {
        campaigns.get(campaignId);
        return criteria.findByCampaignIdOrderByPositionAsc(campaignId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Criterion get(Long campaignId, Long criterionId) {
        campaigns.get(campaignId);
        return find(campaignId, criterionId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Criterion getForEditing(Long campaignId, Long criterionId) {
        campaigns.load(campaignId);
        return find(campaignId, criterionId);
    }

    /** The STANDARD sums for individuals and for collectives, with their warnings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CriteriaSums sums(Long campaignId) {
        return CriteriaSums.of(list(campaignId));
    }

    /** Refuses early (before a form is shown) what {@link #add} would refuse: only in DRAFT. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Campaign checkCanAdd(Long campaignId) {
        Campaign campaign = campaigns.load(campaignId);
        requireDraft(campaign, "criterion.locked.add");
        return campaign;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Criterion add(Long campaignId, CriterionData data) {
        Campaign campaign = campaigns.load(campaignId);
        requireDraft(campaign, "criterion.locked.add");
        CriterionData clean = normalise(data);
        List<Criterion> existing = criteria.findByCampaignIdOrderByPositionAsc(campaignId);
        validate(clean, existing.size() + 1);
        if (criteria.existsByCampaignIdAndCode(campaignId, clean.code())) {
            throw new ConflictException("criterion.code.taken", clean.code());
        }
        int position = clean.position() != null ? clean.position() : existing.size() + 1;
        Criterion criterion = new Criterion(campaignId, clean.code(), position);
        applyWording(criterion, clean);
        applyStructure(criterion, clean);
        criterion = criteria.save(criterion);
        place(existing, criterion, position);
        audit.record(AuditLog.entry(AUDIT_ENTITY, criterion.getId(), "CREATED").campaign(campaignId)
                .newValue(snapshot(criterion)));
        return criterion;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Criterion update(Long campaignId, Long criterionId, CriterionData data, Long version) {
        Campaign campaign = campaigns.load(campaignId);
        Criterion criterion = find(campaignId, criterionId);
        criterion.checkVersion(version);
        CampaignStatus status = campaign.getStatus();
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictException("criterion.locked.closed", status.label());
        }
        CriterionData clean = normalise(data);
        List<Criterion> existing = criteria.findByCampaignIdOrderByPositionAsc(campaignId);
        validate(clean, existing.size());
        int position = clean.position() != null ? clean.position() : criterion.getPosition();
        Changes changes = new Changes()
                .field("code", criterion.getCode(), clean.code())
                .field("position", criterion.getPosition(), position)
                .field("group", criterion.getGroup(), clean.group())
                .field("title", criterion.getTitle(), clean.title())
                .field("description", criterion.getDescription(), clean.description())
                .field("kind", criterion.getKind(), clean.kind())
                .field("maxPoints", criterion.getMaxPoints(), clean.maxPoints())
                .field("appliesTo", criterion.getAppliesTo(), clean.appliesTo());
        if (status != CampaignStatus.DRAFT) {
            for (String field : List.of("code", "position", "kind", "maxPoints", "appliesTo")) {
                if (changes.has(field)) {
                    throw new ConflictException("criterion.locked.field", status.label(),
                            new DefaultMessageSourceResolvable(new String[] {"criterion.field." + field}, field));
                }
            }
        }
        if (changes.has("code") && criteria.existsByCampaignIdAndCode(campaignId, clean.code())) {
            throw new ConflictException("criterion.code.taken", clean.code());
        }
        if (changes.isEmpty()) {
            return criterion;
        }
        applyWording(criterion, clean);
        if (status == CampaignStatus.DRAFT) {
            criterion.setCode(clean.code());
            applyStructure(criterion, clean);
            place(existing, criterion, position);
        }
        audit.record(AuditLog.entry(AUDIT_ENTITY, criterion.getId(), "UPDATED").campaign(campaignId)
                .changes(changes));
        return criterion;
    }

    /** Moves a criterion to another place (1..n), the others keeping their order; DRAFT only. */
    @PreAuthorize("hasRole('ADMIN')")
    public Criterion move(Long campaignId, Long criterionId, int position, Long version) {
        Campaign campaign = campaigns.load(campaignId);
        Criterion criterion = find(campaignId, criterionId);
        criterion.checkVersion(version);
        requireDraft(campaign, "criterion.locked.move");
        List<Criterion> existing = criteria.findByCampaignIdOrderByPositionAsc(campaignId);
        if (position < 1 || position > existing.size()) {
            throw new InvalidInputException("position", "validation.criterion.position", existing.size());
        }
        int from = criterion.getPosition();
        if (from != position) {
            place(existing, criterion, position);
            audit.record(AuditLog.entry(AUDIT_ENTITY, criterion.getId(), "MOVED").campaign(campaignId)
                    .changes(new Changes().field("position", from, position)));
        }
        return criterion;
    }

    /** Removes a criterion (DRAFT only); the ones after it move up. {@code version} may be left out. */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(Long campaignId, Long criterionId, Long version) {
        Campaign campaign = campaigns.load(campaignId);
        Criterion criterion = find(campaignId, criterionId);
        if (version != null) {
            criterion.checkVersion(version);
        }
        requireDraft(campaign, "criterion.locked.delete");
        List<Criterion> rest = new ArrayList<>(criteria.findByCampaignIdOrderByPositionAsc(campaignId));
        rest.remove(criterion);
        Map<String, Object> before = snapshot(criterion);
        criteria.delete(criterion);
        criteria.flush();
        renumber(rest);
        audit.record(AuditLog.entry(AUDIT_ENTITY, criterionId, "DELETED").campaign(campaignId).oldValue(before));
    }

    private Criterion find(Long campaignId, Long criterionId) {
        return criteria.findByIdAndCampaignId(criterionId, campaignId)
                .orElseThrow(() -> new NotFoundException("criterion", criterionId));
    }

    private static void requireDraft(Campaign campaign, String messageKey) {
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw new ConflictException(messageKey, campaign.getStatus().label());
        }
    }

    /** Puts the criterion at {@code position} (1-based) and numbers all of them 1..n again. */
    private static void place(List<Criterion> ordered, Criterion criterion, int position) {
        List<Criterion> list = new ArrayList<>(ordered);
        list.remove(criterion);
        list.add(Math.min(position - 1, list.size()), criterion);
        renumber(list);
    }

    /** Positions are unique per campaign; the constraint is deferred so they may be swapped in place. */
    private static void renumber(List<Criterion> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getPosition() != i + 1) {
                list.get(i).setPosition(i + 1);
            }
        }
    }

    private static CriterionData normalise(CriterionData d) {
        return new CriterionData(Texts.code(d.code()), d.position(), Texts.clean(d.group()), Texts.clean(d.title()),
                CampaignService.multiline(d.description()), d.kind(), d.maxPoints(), d.appliesTo());
    }

    private static void validate(CriterionData d, int maxPosition) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code("code", d.code(), problems);
        if (d.position() != null && (d.position() < 1 || d.position() > maxPosition)) {
            problems.add(new FieldProblem("position", "validation.criterion.position", maxPosition));
        }
        CampaignRules.optionalText("group", d.group(), CampaignRules.GROUP_MAX, problems);
        CampaignRules.requiredText("title", d.title(), CampaignRules.TITLE_MAX, problems);
        CampaignRules.optionalText("description", d.description(), CampaignRules.TEXT_MAX, problems);
        CampaignRules.required("kind", d.kind(), problems);
        CampaignRules.points("maxPoints", d.maxPoints(), false, problems);
        CampaignRules.required("appliesTo", d.appliesTo(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void applyWording(Criterion criterion, CriterionData d) {
        criterion.setGroup(d.group());
        criterion.setTitle(d.title());
        criterion.setDescription(d.description());
    }

    private static void applyStructure(Criterion criterion, CriterionData d) {
        criterion.setKind(d.kind());
        criterion.setMaxPoints(CampaignRules.scaled(d.maxPoints()));
        criterion.setAppliesTo(d.appliesTo());
    }

    private static Map<String, Object> snapshot(Criterion c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", c.getCode());
        values.put("position", c.getPosition());
        values.put("group", c.getGroup());
        values.put("title", c.getTitle());
        values.put("description", c.getDescription());
        values.put("kind", c.getKind());
        values.put("maxPoints", c.getMaxPoints());
        values.put("appliesTo", c.getAppliesTo());
        return values;
    }
}
