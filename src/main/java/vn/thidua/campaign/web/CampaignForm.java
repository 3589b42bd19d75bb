package vn.thidua.campaign.web;

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

        public BigDecimal getExcellent() {
            return excellent;
        }

        public void setExcellent(BigDecimal excellent) {
            this.excellent = excellent;
        }

        public BigDecimal getGood() {
            return good;
        }

        public void setGood(BigDecimal good) {
            this.good = good;
        }

        public BigDecimal getPass() {
            return pass;
        }

        public void setPass(BigDecimal pass) {
            this.pass = pass;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public ThresholdsForm getThresholds() {
        return thresholds;
    }

    public void setThresholds(ThresholdsForm thresholds) {
        this.thresholds = thresholds;
    }

    public List<Long> getParticipatingUnitIds() {
        return participatingUnitIds;
    }

    public void setParticipatingUnitIds(List<Long> participatingUnitIds) {
        this.participatingUnitIds = participatingUnitIds;
    }

    public List<String> getOpenTitles() {
        return openTitles;
    }

    public void setOpenTitles(List<String> openTitles) {
        this.openTitles = openTitles;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
