package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Units as a tree for display: depth, children in input order, orphans as roots. */
class UnitTreeTest {

    record U(Long id, Long parentId, String name) {
    }

    // input sorted by name, as the pages pass it
    static final List<U> UNITS = List.of(
            new U(1L, null, "Bộ"),
            new U(4L, 2L, "Đội 1"),
            new U(5L, 99L, "Đơn vị tách ra"),
            new U(3L, 1L, "Phòng Hành chính"),
            new U(2L, 1L, "Phòng Kế hoạch"),
            new U(6L, 4L, "Tổ 1"));

    static String line(UnitTree<U> tree) {
        return tree.depth() + " " + tree.unit().name();
    }

    @Test
    void eachUnitComesAfterItsParentOneLevelDeeper() {
        assertThat(UnitTree.ordered(UNITS, U::id, U::parentId)).extracting(UnitTreeTest::line).containsExactly(
                "0 Bộ",
                "1 Phòng Hành chính",
                "1 Phòng Kế hoạch",
                "2 Đội 1",
                "3 Tổ 1",
                "0 Đơn vị tách ra");
    }

    @Test
    void aUnitWhoseParentIsNotGivenStartsATreeOfItsOwn() {
        List<UnitTree<U>> trees = UnitTree.of(UNITS, U::id, U::parentId);
        assertThat(trees).extracting(t -> t.unit().name()).containsExactly("Bộ", "Đơn vị tách ra");
        assertThat(trees.get(0).children()).extracting(t -> t.unit().name())
                .containsExactly("Phòng Hành chính", "Phòng Kế hoạch");
        assertThat(trees.get(1).children()).isEmpty();
        // without the ministry, its departments are roots
        List<UnitTree<U>> withoutTop = UnitTree.of(UNITS.subList(1, UNITS.size()), U::id, U::parentId);
        assertThat(withoutTop).extracting(UnitTreeTest::line)
                .containsExactly("0 Đơn vị tách ra", "0 Phòng Hành chính", "0 Phòng Kế hoạch");
    }

    @Test
    void theIndentIsOneEmSpacePerLevel() {
        List<UnitTree<U>> flat = UnitTree.ordered(UNITS, U::id, U::parentId);
        assertThat(flat.get(0).indent()).isEmpty();
        assertThat(flat.get(3).indent()).isEqualTo("\u2003\u2003");
    }

    @Test
    void theOrganisationsUnitsByTheirIdAndParent() {
        Unit top = unit(10L, "UBND", "Ủy ban", null);
        Unit office = unit(11L, "VP", "Văn phòng", 10L);
        List<UnitTree<Unit>> trees = UnitTree.of(List.of(top, office));
        assertThat(trees).singleElement().satisfies(tree -> {
            assertThat(tree.unit()).isSameAs(top);
            assertThat(tree.children()).singleElement().satisfies(child -> {
                assertThat(child.unit()).isSameAs(office);
                assertThat(child.depth()).isEqualTo(1);
            });
        });
    }

    @Test
    void noUnitsNoTree() {
        assertThat(UnitTree.of(List.<U>of(), U::id, U::parentId)).isEmpty();
    }

    private static Unit unit(Long id, String code, String name, Long parentId) {
        Unit unit = new Unit(code, name, parentId);
        ReflectionTestUtils.setField(unit, "id", id);
        return unit;
    }
}
