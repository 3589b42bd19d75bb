package vn.thidua.award.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.thidua.award.Quota;
import vn.thidua.award.QuotaRounding;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.StaleVersionException;

import java.math.BigDecimal;

/** A title's quota row; every title has one (a title without one reads as disabled). */
@Entity
@Table(name = "title_quota")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TitleQuota {

    @Id
    @Column(name = "title_code")
    private String titleCode;

    @Column(nullable = false)
    private boolean enabled;

    private BigDecimal percent;

    @Column(name = "basis_title")
    private String basisTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuotaRounding rounding = QuotaRounding.DOWN;

    @Version
    @Column(nullable = false)
    private long version;

    public TitleQuota(String titleCode) {
        this.titleCode = titleCode;
    }

    public void checkVersion(Long expected) {
        if (expected == null) {
            throw new InvalidInputException("version", "validation.version.required");
        }
        if (expected != version) {
            throw new StaleVersionException(expected, version);
        }
    }

    public void set(boolean enabled, BigDecimal percent, String basisTitle, QuotaRounding rounding) {
        this.enabled = enabled;
        this.percent = percent;
        this.basisTitle = basisTitle;
        this.rounding = rounding;
    }

    public Quota view() {
        return new Quota(titleCode, enabled, percent == null ? null : new BigDecimal(percent.stripTrailingZeros().toPlainString()), basisTitle,
                rounding, version);
    }
}
