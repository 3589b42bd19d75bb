package vn.thidua.shared.web;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page may send the user back only to a path of the application, as our pages write it. */
class LocalPathsTest {

    @Test
    void pathsOurPagesWriteAreLocal() {
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations")).isTrue();
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations?unitId=3&q=%7Ba%7D&page=0")).isTrue();
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations/overview")).isTrue();
        assertThat(LocalPaths.isLocalPath("/")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(LocalPaths.isLocalPath(null)).isFalse();
        assertThat(LocalPaths.isLocalPath("")).isFalse();
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations\r\nSet-Cookie: x=1")).isFalse();
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations?q={a}")).isFalse();
        assertThat(LocalPaths.isLocalPath("/campaigns/7/registrations?q=a b")).isFalse();
        assertThat(LocalPaths.isLocalPath("//evil.example/")).isFalse();
        assertThat(LocalPaths.isLocalPath("/\\evil.example/")).isFalse();
        assertThat(LocalPaths.isLocalPath("https://evil.example/")).isFalse();
        assertThat(LocalPaths.isLocalPath("campaigns/7")).isFalse();
        assertThat(LocalPaths.isLocalPath("/campaigns/Đợt")).isFalse();
    }

    @Test
    void aRefusalNamesTheParameter() {
        assertThat(LocalPaths.checked("back", "/campaigns/7/registrations")).isEqualTo("/campaigns/7/registrations");
        assertThatThrownBy(() -> LocalPaths.checked("back", "/x\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems().get(0).field()).isEqualTo("back");
                    assertThat(e.getMessageKey()).isEqualTo("validation.parameter.path");
                    assertThat(e.getArguments()).containsExactly("back");
                });
    }
}
