package vn.thidua.shared.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP "CSV injection": text that a spreadsheet would run as a formula gets a leading apostrophe. */
class SpreadsheetTextTest {

    @Test
    void textStartingAFormulaGetsAnApostrophe() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetText.safe("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(SpreadsheetText.safe("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(SpreadsheetText.safe("Phòng = Tổ chức - Cán bộ")).isEqualTo("Phòng = Tổ chức - Cán bộ");
        assertThat(SpreadsheetText.safe("'=1")).isEqualTo("'=1");
        assertThat(SpreadsheetText.safe(" =1")).isEqualTo(" =1");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isNull();
    }
}
