package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SupervisionTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Supervision supervision;

    // Vụ (head: vuTruong) → Phòng (head: truongPhong, member: chuyenVien); board member outside
    Unit vu;
    Unit phong;
    Individual vuTruong;
    Individual truongPhong;
    Individual chuyenVien;

    void organisation() {
        vu = fixtures.unit("Vụ Tổng hợp");
        phong = fixtures.unit("Phòng Thư ký", vu.getId());
        vuTruong = fixtures.individual(vu.getId(), "Lê Văn Vụ");
        truongPhong = fixtures.individual(phong.getId(), "Trần Thị Phòng");
        chuyenVien = fixtures.individual(phong.getId(), "Ngô Văn Viên");
        fixtures.head(vu, vuTruong);
        fixtures.head(phong, truongPhong);
    }

    @Test
    void theHeadOfTheUnitOrOfAUnitAboveDecidesButNobodyDecidesAboutThemself() {
        organisation();

        assertThat(supervision.mayDecide(head(truongPhong), chuyenVien)).isTrue();
        assertThat(supervision.mayDecide(head(vuTruong), chuyenVien)).isTrue();
        assertThat(supervision.mayDecide(head(truongPhong), truongPhong)).isFalse();
        assertThat(supervision.mayDecide(head(vuTruong), truongPhong)).isTrue();
        assertThat(supervision.mayDecide(staff(chuyenVien), chuyenVien)).isFalse();
        assertThat(supervision.mayDecide(head(truongPhong), vuTruong)).isFalse();
    }

    @Test
    void theBoardDecidesOnlyWhereNoHeadIsAbove() {
        organisation();
        CurrentUser board = new CurrentUser(null, "hd", "Hội đồng", Set.of(Role.BOARD), null, null);

        assertThat(supervision.hasSupervisingHead(truongPhong)).isTrue();
        assertThat(supervision.hasSupervisingHead(vuTruong)).isFalse();
        assertThat(supervision.mayDecide(board, vuTruong)).isTrue();
        assertThat(supervision.mayDecide(board, truongPhong)).isFalse();
        assertThat(supervision.mayDecide(board, chuyenVien)).isFalse();
    }

    @Test
    void aUnitWithoutAHeadSendsItsPeopleToTheHeadAbove() {
        Unit top = fixtures.unit("Cục Hành chính");
        Unit headless = fixtures.unit("Phòng Lưu trữ", top.getId());
        Individual cucTruong = fixtures.individual(top.getId(), "Phạm Cục Trưởng");
        Individual archivist = fixtures.individual(headless.getId(), "Đỗ Thị Lưu");
        fixtures.head(top, cucTruong);

        assertThat(supervision.hasSupervisingHead(archivist)).isTrue();
        assertThat(supervision.mayDecide(head(cucTruong), archivist)).isTrue();
    }

    private static CurrentUser head(Individual individual) {
        return new CurrentUser(null, "h" + individual.getId(), individual.getFullName(),
                Set.of(Role.STAFF, Role.UNIT_HEAD), individual.getId(), individual.getUnitId());
    }

    private static CurrentUser staff(Individual individual) {
        return new CurrentUser(null, "s" + individual.getId(), individual.getFullName(),
                Set.of(Role.STAFF), individual.getId(), individual.getUnitId());
    }
}
