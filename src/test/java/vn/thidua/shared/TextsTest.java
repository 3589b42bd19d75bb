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

    // ---- what a user's text may contain (issue 11)

    @Test
    void invisibleSpacesCountAsSpacesSoANameOfOnlyThemIsBlank() {
        assertThat(Texts.clean("\u200B\u00A0\u3000\uFEFF\u2060\u180E\u2003\u202F\u205F\u1680\u0085")).isNull();
        assertThat(Texts.clean("\uFEFF Vụ\u00A0Pháp\u3000\u3000chế\u200B")).isEqualTo("Vụ Pháp chế");
        assertThat(Texts.code("\u00A0ldtt\u200B")).isEqualTo("LDTT");
        // joiners are letters' business (emoji, Indic scripts), not spaces
        assertThat(Texts.clean("a\u200Db")).isEqualTo("a\u200Db");
    }

    @Test
    void aTextOfSeveralLinesKeepsThemAndLosesOnlyBlankEnds() {
        assertThat(Texts.multiline("\u00A0\r\nMột\r\n\r\n  Hai\u3000\u200B\n")).isEqualTo("Một\n\n  Hai");
        assertThat(Texts.multiline("\uFEFF \r\n\u00A0\t")).isNull();
        assertThat(Texts.multiline("")).isNull();
        assertThat(Texts.multiline(null)).isNull();
        assertThat(Texts.multiline("Ba")).isEqualTo("Ba");
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreFound() {
        assertThat(Texts.controlCharacter("Vụ\u0000Tổng hợp")).isEqualTo(0x0000);
        assertThat(Texts.controlCharacter("a\u0007b\u0000")).isEqualTo(0x0007);
        assertThat(Texts.controlCharacter("\u001F")).isEqualTo(0x001F);
        assertThat(Texts.controlCharacter("\u007F")).isEqualTo(0x007F);
        assertThat(Texts.controlCharacter("\u0085")).isEqualTo(0x0085);
        assertThat(Texts.controlCharacter("\u009F")).isEqualTo(0x009F);
        assertThat(Texts.controlCharacter("Dòng một\r\nDòng hai\tcột")).isEqualTo(-1);
        // a bidirectional control is not a control character (Cf, not Cc)
        assertThat(Texts.controlCharacter("\u202E")).isEqualTo(-1);
        assertThat(Texts.controlCharacter("")).isEqualTo(-1);
        assertThat(Texts.controlCharacter(null)).isEqualTo(-1);
    }

    @Test
    void bidirectionalControlsAndControlCharactersAreForbiddenInAStoredText() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                0x200F, 0x061C, 0x0000, 0x0007, 0x007F, 0x009F}) {
            assertThat(Texts.forbiddenCharacter("Vụ " + (char) c + "X")).as("U+%04X", c).isEqualTo(c);
        }
        for (int c : new int[] {0x2029, 0x202F, 0x2065, 0x206A, 0x200D, 0x061B, 0x061D, '\t', '\n', '\r', 'a'}) {
            assertThat(Texts.forbiddenCharacter("Vụ " + (char) c + "X")).as("U+%04X", c).isEqualTo(-1);
        }
        assertThat(Texts.forbiddenCharacter("Nguyễn Văn An")).isEqualTo(-1);
        assertThat(Texts.forbiddenCharacter(null)).isEqualTo(-1);
    }

    @Test
    void theRuleNamesTheFieldAndTheCharacter() {
        java.util.List<vn.thidua.shared.InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
        assertThat(Texts.check("name", "Vụ Pháp chế", problems)).isTrue();
        assertThat(Texts.check("name", null, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(Texts.check("name", "Vụ \u202Eabc", problems)).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.messageKey()).isEqualTo("validation.text.character");
            assertThat(p.arguments()).containsExactly("U+202E");
        });
        assertThat(Texts.check("note", "a\u0000", problems)).isFalse();
        assertThat(problems.get(1).arguments()).containsExactly("U+0000");

        assertThat(Texts.checked("reason", "Sửa điểm")).isEqualTo("Sửa điểm");
        assertThat(Texts.checked("reason", null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Texts.checked("reason", "a\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems().get(0).field()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("validation.text.character");
                    assertThat(e.getArguments()).containsExactly("U+0000");
                });
        assertThat(Texts.codePoint(0x7)).isEqualTo("U+0007");
        assertThat(Texts.codePoint(0x202E)).isEqualTo("U+202E");
    }

    @Test
    void aFileNameLosesItsForbiddenCharacters() {
        assertThat(Texts.withoutForbidden("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(Texts.withoutForbidden("\u2066a\u0000b\u2069")).isEqualTo("ab");
        assertThat(Texts.withoutForbidden("a\u0000b")).isEqualTo("ab");
        assertThat(Texts.withoutForbidden("Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
        assertThat(Texts.withoutForbidden(null)).isNull();
    }
}
