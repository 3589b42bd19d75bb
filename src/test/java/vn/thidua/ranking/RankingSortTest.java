package vn.thidua.ranking;

import org.junit.jupiter.api.Test;
import vn.thidua.ranking.RankingSort.Order;
import vn.thidua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sort allow-list: a request names a key, the SQL comes from the enum, anything else is refused. */
class RankingSortTest {

    @Test
    void noSortIsTheRank() {
        assertThat(Order.parse(null)).isEqualTo(new Order(RankingSort.RANK, false));
        assertThat(Order.parse("  ")).isEqualTo(new Order(RankingSort.RANK, false));
    }

    @Test
    void aKeyWithOrWithoutADirection() {
        assertThat(Order.parse("total")).isEqualTo(new Order(RankingSort.TOTAL, false));
        assertThat(Order.parse("total,asc")).isEqualTo(new Order(RankingSort.TOTAL, false));
        assertThat(Order.parse("total,desc")).isEqualTo(new Order(RankingSort.TOTAL, true));
        assertThat(Order.parse(" unitRank , DESC ")).isEqualTo(new Order(RankingSort.UNIT_RANK, true));
        assertThat(Order.parse("name,Asc")).isEqualTo(new Order(RankingSort.NAME, false));
    }

    @Test
    void anythingElseIsRefusedNamingTheAllowedKeys() {
        for (String sort : new String[] {"points", "Total", "s.total", "total;drop table x", "name,up", "name,",
                "name,desc,x", ",desc", "name desc"}) {
            assertThatThrownBy(() -> Order.parse(sort)).as(sort).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        InvalidInputException invalid = (InvalidInputException) e;
                        assertThat(invalid.getProblems().get(0).field()).isEqualTo("sort");
                        assertThat(invalid.getMessageKey()).isEqualTo("ranking.sort.invalid");
                        assertThat(invalid.getArguments()).containsExactly("rank, unitRank, total, name, code, unit");
                    });
        }
    }

    @Test
    void theRequestFormNamesTheKeyAndOnlyADescendingDirection() {
        assertThat(new Order(RankingSort.NAME, true).param()).isEqualTo("name,desc");
        assertThat(new Order(RankingSort.UNIT_RANK, false).param()).isEqualTo("unitRank");
        assertThat(RankingSort.CODE.key()).isEqualTo("code");
    }

    @Test
    void theSqlComesFromTheEnum() {
        assertThat(new Order(RankingSort.TOTAL, false).sql()).isEqualTo("s.total, s.name, s.subject_id");
        // the highest total first is the rank order
        assertThat(new Order(RankingSort.TOTAL, true).sql()).isEqualTo("s.position");
        assertThat(new Order(RankingSort.UNIT, true).sql()).isEqualTo("s.unit_name desc, s.unit_id desc, s.position");
    }
}
