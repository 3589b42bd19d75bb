package vn.thidua.campaign.web;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Thresholds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the campaign form edits. Dates are typed dd/MM/yyyy, thresholds "90" or "87,5". The
 * service checks every rule; the form only carries values.
 */
@Getter
@Setter
public class CampaignForm {

    private String code;
    private String name;
    private String theme;
    private String purpose;
    private String goals;
    private CampaignKind kind;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate startDate;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate endDate;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate registrationDeadline;

    private ThresholdsForm thresholds = new ThresholdsForm();
    private List<Long> participatingUnitIds = new ArrayList<>();
    private List<String> openTitles = new ArrayList<>();
    private String decisionNumber;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate decisionDate;

    private Long version;

    static CampaignForm blank(Thresholds defaults) {
        CampaignForm form = new CampaignForm();
        form.kind = CampaignKind.THEMATIC;
        form.thresholds = ThresholdsForm.of(defaults);
        return form;
    }

    static CampaignForm of(Campaign c) {
        CampaignForm form = new CampaignForm();
        form.code = c.getCode();
        form.name = c.getName();
        form.theme = c.getTheme();
        form.purpose = c.getPurpose();
        form.goals = c.getGoals();
        form.kind = c.getKind();
        form.startDate = c.getStartDate();
        form.endDate = c.getEndDate();
        form.registrationDeadline = c.getRegistrationDeadline();
        form.thresholds = ThresholdsForm.of(c.getThresholds());
        form.participatingUnitIds = new ArrayList<>(c.getParticipatingUnitIds());
        form.openTitles = new ArrayList<>(c.getOpenTitles());
        form.decisionNumber = c.getDecisionNumber();
        form.decisionDate = c.getDecisionDate();
        form.version = c.getVersion();
        return form;
    }

    /**
     * Fields the status locks are shown read-only (disabled controls are not submitted), so they
     * take the campaign's current values; the service still refuses any change to them.
     */
    void keepLocked(Campaign c) {
        if (c.getStatus() != CampaignStatus.DRAFT) {
            code = c.getCode();
            kind = c.getKind();
            startDate = c.getStartDate();
            participatingUnitIds = new ArrayList<>(c.getParticipatingUnitIds());
            openTitles = new ArrayList<>(c.getOpenTitles());
        }
        if (c.getStatus().isAfter(CampaignStatus.SCORING)) {
            thresholds = ThresholdsForm.of(c.getThresholds());
        }
    }

    CampaignService.CampaignData toData() {
        return new CampaignService.CampaignData(code, name, theme, purpose, goals, kind, startDate, endDate,
                registrationDeadline, thresholds == null ? null : thresholds.toThresholds(),
                participatingUnitIds == null ? List.of() : participatingUnitIds,
                openTitles == null ? List.of() : openTitles, decisionNumber, decisionDate);
    }

    /** The three thresholds, bound as {@code thresholds.excellent} etc. like the API's field names. */
    @Getter
    @Setter
    public static class ThresholdsForm {
        private BigDecimal excellent;
        private BigDecimal good;
        private BigDecimal pass;

        static ThresholdsForm of(Thresholds t) {
            ThresholdsForm form = new ThresholdsForm();
            form.excellent = t.excellent();
            form.good = t.good();
            form.pass = t.pass();
            return form;
        }

        /** Left empty on the form is an error (not a silent default): the service names the field. */
        Thresholds toThresholds() {
            return new Thresholds(excellent, good, pass);
        }
    }
}
