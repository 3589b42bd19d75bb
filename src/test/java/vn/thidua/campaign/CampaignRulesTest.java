package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Field rules of campaigns and criteria: required values, lengths, points of numeric(6, 2). */
class CampaignRulesTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    private List<String> keys() {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aRequiredValueMustBeThere() {
        CampaignRules.required("kind", CampaignKind.THEMATIC, problems);
        assertThat(problems).isEmpty();
        CampaignRules.required("kind", null, problems);
        assertThat(keys()).containsExactly("kind jakarta.validation.constraints.NotNull.message");
    }

    @Test
    void aRequiredTextMustBeThereAndFitItsLength() {
        CampaignRules.requiredText("name", "a".repeat(500), 500, problems);
        assertThat(problems).isEmpty();
        CampaignRules.requiredText("name", null, 500, problems);
        CampaignRules.requiredText("name", "a".repeat(501), 500, problems);
        assertThat(keys()).containsExactly("name jakarta.validation.constraints.NotBlank.message",
                "name validation.text.tooLong");
        assertThat(problems.get(1).arguments()).containsExactly(500);
    }

    @Test
    void anOptionalTextMayBeMissingButMustFitItsLength() {
        CampaignRules.optionalText("theme", null, 10, problems);
        CampaignRules.optionalText("theme", "Mười ký tự", 10, problems);
        assertThat(problems).isEmpty();
        CampaignRules.optionalText("theme", "Mười một ký", 10, problems);
        assertThat(keys()).containsExactly("theme validation.text.tooLong");
        assertThat(problems.get(0).arguments()).containsExactly(10);
    }

    @Test
    void aMaximumOfPointsIsStrictlyPositive() {
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("0.01"), false, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("0.00"), false, problems)).isFalse();
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("-1"), false, problems)).isFalse();
        assertThat(keys()).containsExactly("maxPoints validation.points.positive", "maxPoints validation.points.positive");
    }

    @Test
    void aThresholdMayBeZeroButNotNegative() {
        assertThat(CampaignRules.points("pass", new BigDecimal("0"), true, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(CampaignRules.points("pass", new BigDecimal("-0.01"), true, problems)).isFalse();
        assertThat(keys()).containsExactly("pass validation.points.notNegative");
    }

    @Test
    void pointsHaveAtMostTwoDecimals() {
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("12.25"), false, problems)).isTrue();
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("12.250"), false, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("12.255"), false, problems)).isFalse();
        assertThat(keys()).containsExactly("maxPoints validation.points.scale");
    }

    @Test
    void pointsFitNumeric6Comma2() {
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("9999.99"), false, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(CampaignRules.points("maxPoints", new BigDecimal("10000"), false, problems)).isFalse();
        assertThat(keys()).containsExactly("maxPoints validation.points.max");
    }

    @Test
    void missingPointsAreRequired() {
        assertThat(CampaignRules.points("excellent", null, true, problems)).isFalse();
        assertThat(keys()).containsExactly("excellent jakarta.validation.constraints.NotNull.message");
    }

    @Test
    void pointsAreKeptWithTwoDecimalsExactly() {
        assertThat(CampaignRules.scaled(null)).isNull();
        assertThat(CampaignRules.scaled(new BigDecimal("12.5")).toPlainString()).isEqualTo("12.50");
        assertThat(CampaignRules.scaled(new BigDecimal("100")).toPlainString()).isEqualTo("100.00");
        assertThatThrownBy(() -> CampaignRules.scaled(new BigDecimal("12.345"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aTextWithABidirectionalOverrideOrAControlCharacterIsRefused() {
        CampaignRules.optionalText("goals", "Dòng một\nDòng hai\tcột", 100, problems);
        assertThat(problems).isEmpty();
        CampaignRules.optionalText("goals", "Mục tiêu \u202Eabc", 100, problems);
        CampaignRules.requiredText("name", "Đợt\u0007", 100, problems);
        assertThat(keys()).containsExactly("goals validation.text.character", "name validation.text.character");
        assertThat(problems.get(0).arguments()).containsExactly("U+202E");
        assertThat(problems.get(1).arguments()).containsExactly("U+0007");
    }
}
