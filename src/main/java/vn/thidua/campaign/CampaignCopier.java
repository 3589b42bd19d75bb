package vn.thidua.campaign;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.shared.Messages;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Next year's campaign from last year's (ADMIN): a new DRAFT with the same wording, kind,
 * thresholds, participating units, open titles and criteria (code, position, group, title,
 * guidance, kind, maximum, subjects), every date a year later (29/02 becomes 28/02). The decision
 * number and date are not copied: the new campaign has its own decision. The year in the code and
 * the name moves too ("VPCP-2020-50N" → "VPCP-2021-50N"); a name without the year gets
 * "(bản sao)". Made through {@link CampaignService#create} and {@link CriterionService#add}, so
 * their rules and audit apply, plus a COPIED event naming the original; the original is untouched.
 */
@Service
@Transactional
public class CampaignCopier {

    private static final int CODE_MAX = 32;

    private final CampaignService campaigns;
    private final CriterionService criteria;
    private final CampaignRepository repository;
    private final CriterionRepository criterionRepository;
    private final AuditLog audit;
    private final Messages messages;

    CampaignCopier(CampaignService campaigns, CriterionService criteria, CampaignRepository repository,
                   CriterionRepository criterionRepository, AuditLog audit, Messages messages) {
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.repository = repository;
        this.criterionRepository = criterionRepository;
        this.audit = audit;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Campaign copy(Long id) {
        Campaign original = campaigns.load(id);
        int year = original.getStartDate().getYear();
        Campaign copy = campaigns.create(new CampaignService.CampaignData(code(original.getCode(), year),
                name(original.getName(), year), original.getTheme(), original.getPurpose(), original.getGoals(),
                original.getKind(), nextYear(original.getStartDate()), nextYear(original.getEndDate()),
                nextYear(original.getRegistrationDeadline()), original.getThresholds(),
                original.getParticipatingUnitIds(), original.getOpenTitles(), null, null));
        for (Criterion c : criterionRepository.findByCampaignIdOrderByPositionAsc(original.getId())) {
            criteria.add(copy.getId(), new CriterionService.CriterionData(c.getCode(), c.getPosition(), c.getGroup(),
                    c.getTitle(), c.getDescription(), c.getKind(), c.getMaxPoints(), c.getAppliesTo()));
        }
        audit.record(AuditLog.entry(CampaignService.AUDIT_ENTITY, copy.getId(), "COPIED").campaign(copy.getId())
                .newValue(Map.of("copiedFrom", original.getCode())));
        return repository.findById(copy.getId()).orElseThrow();
    }

    /** A year later; 29 February becomes 28 February. */
    static LocalDate nextYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }

    /** The code with its year moved on, or "-<next year>" added; made unique with "-2", "-3"… */
    String code(String code, int year) {
        String moved = moveYear(code, year);
        String base = moved.equals(code) ? fit(code, "-" + (year + 1)) : moved;
        String candidate = base;
        for (int n = 2; repository.existsByCode(candidate); n++) {
            candidate = fit(base, "-" + n);
        }
        return candidate;
    }

    private String name(String name, int year) {
        String moved = moveYear(name, year);
        if (!moved.equals(name)) {
            return moved;
        }
        String suffix = " " + messages.get("campaign.copy.nameSuffix");
        return name.length() + suffix.length() > CampaignRules.NAME_MAX
                ? name.substring(0, CampaignRules.NAME_MAX - suffix.length()) + suffix : name + suffix;
    }

    /** Every stand-alone occurrence of the year (not part of a longer number) becomes the next year. */
    static String moveYear(String text, int year) {
        Matcher m = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(text);
        return m.replaceAll(String.valueOf(year + 1));
    }

    private static String fit(String base, String suffix) {
        return (base.length() + suffix.length() > CODE_MAX ? base.substring(0, CODE_MAX - suffix.length()) : base)
                + suffix;
    }
}
