package vn.thidua.award;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.award.rules.TitleQuota;
import vn.thidua.award.rules.TitleQuotaRepository;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.campaign.TitleRepository;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotas per title (organisation policy, DESIGN §5): everyone signed in reads them, ADMIN changes them
 * against the version read. Audited as TITLE_QUOTA with the title's code in the values.
 */
@Service
@Transactional
public class TitleQuotas {

    public static final String AUDIT_ENTITY = "TITLE_QUOTA";

    private final TitleQuotaRepository quotas;
    private final TitleCatalogue catalogue;
    private final TitleRepository titles;
    private final AuditLog audit;

    TitleQuotas(TitleQuotaRepository quotas, TitleCatalogue catalogue, TitleRepository titles, AuditLog audit) {
        this.quotas = quotas;
        this.catalogue = catalogue;
        this.titles = titles;
        this.audit = audit;
    }

    public record QuotaData(boolean enabled, BigDecimal percent, String basisTitle, QuotaRounding rounding) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Quota get(String titleCode) {
        Title title = catalogue.get(titleCode);
        return quotas.findById(title.getCode()).orElseGet(() -> new TitleQuota(title.getCode())).view();
    }

    /** Every title's quota, by title code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Quota> all() {
        Map<String, Quota> byTitle = new LinkedHashMap<>();
        quotas.findAll().forEach(q -> byTitle.put(q.getTitleCode(), q.view()));
        return byTitle;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Quota update(String titleCode, QuotaData data, Long version) {
        Title title = catalogue.get(titleCode);
        TitleQuota quota = quotas.findById(title.getCode()).orElseGet(() -> new TitleQuota(title.getCode()));
        quota.checkVersion(version);
        String basis = Texts.code(data.basisTitle());
        BigDecimal percent = data.percent() == null ? null : data.percent().stripTrailingZeros();
        validate(title, data.enabled(), percent, basis, data.rounding());
        Changes changes = new Changes()
                .field("enabled", quota.isEnabled(), data.enabled())
                .field("percent", quota.getPercent(), percent)
                .field("basisTitle", quota.getBasisTitle(), basis)
                .field("rounding", quota.getRounding(), data.rounding());
        if (changes.isEmpty()) {
            return quota.view();
        }
        quota.set(data.enabled(), percent, basis, data.rounding());
        TitleQuota saved = quotas.saveAndFlush(quota);
        Map<String, Object> before = new LinkedHashMap<>(Map.of("titleCode", title.getCode()));
        before.putAll(changes.before());
        Map<String, Object> after = new LinkedHashMap<>(Map.of("titleCode", title.getCode()));
        after.putAll(changes.after());
        audit.record(AuditLog.entry(AUDIT_ENTITY, null, "UPDATED").values(before, after));
        return saved.view();
    }

    private void validate(Title title, boolean enabled, BigDecimal percent, String basis, QuotaRounding rounding) {
        List<FieldProblem> problems = new ArrayList<>();
        if (percent == null) {
            if (enabled) {
                problems.add(new FieldProblem("percent", "award.quota.percent.required"));
            }
        } else if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem("percent", "award.quota.percent.range"));
        } else if (percent.scale() > 2) {
            problems.add(new FieldProblem("percent", "award.quota.percent.decimals"));
        }
        if (basis == null) {
            if (enabled) {
                problems.add(new FieldProblem("basisTitle", "award.quota.basis.required"));
            }
        } else if (titles.findById(basis).isEmpty()) {
            problems.add(new FieldProblem("basisTitle", "validation.title.unknown", basis));
        } else if (basis.equals(title.getCode())) {
            problems.add(new FieldProblem("basisTitle", "award.quota.basis.self"));
        }
        if (rounding == null) {
            problems.add(new FieldProblem("rounding", "jakarta.validation.constraints.NotNull.message"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
