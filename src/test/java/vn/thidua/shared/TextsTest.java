package vn.thidua.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text helpers for codes and Vietnamese names. */
class TextsTest {

    @Test
    void cleanTrimsAndCollapsesSpacesBlankIsNothing() {
        assertThat(Texts.clean("  Phòng   Tổ chức \t cán\nbộ  ")).isEqualTo("Phòng Tổ chức cán bộ");
        assertThat(Texts.clean(" \t\n ")).isNull();
        assertThat(Texts.clean("")).isNull();
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void aCodeIsUpperCaseWithoutSurroundingSpaces() {
        assertThat(Texts.code("  ldtt ")).isEqualTo("LDTT");
        assertThat(Texts.code(" pb  01 ")).isEqualTo("PB 01");
        assertThat(Texts.code("   ")).isNull();
        assertThat(Texts.code(null)).isNull();
    }

    @Test
    void foldingDropsDiacriticsAndCase() {
        assertThat(Texts.fold("Nguyễn Văn An")).isEqualTo("nguyen van an");
        assertThat(Texts.fold("Đặng Thị Đào")).isEqualTo("dang thi dao");
        assertThat(Texts.fold("  Trần   Quốc  Toản ")).isEqualTo("tran quoc toan");
        assertThat(Texts.fold(null)).isEmpty();
    }

    @Test
    void likeWildcardsOfUserInputAreEscaped() {
        assertThat(Texts.likeContains("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(Texts.likeContains("An")).isEqualTo("%An%");
    }
}
