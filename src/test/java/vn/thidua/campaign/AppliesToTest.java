package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.organisation.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom a criterion scores. */
class AppliesToTest {

    @Test
    void bothIncludesEveryoneTheOthersTheirOwnTypeOnly() {
        assertThat(AppliesTo.BOTH.includes(SubjectType.INDIVIDUAL)).isTrue();
        assertThat(AppliesTo.BOTH.includes(SubjectType.COLLECTIVE)).isTrue();
        assertThat(AppliesTo.INDIVIDUAL.includes(SubjectType.INDIVIDUAL)).isTrue();
        assertThat(AppliesTo.INDIVIDUAL.includes(SubjectType.COLLECTIVE)).isFalse();
        assertThat(AppliesTo.COLLECTIVE.includes(SubjectType.COLLECTIVE)).isTrue();
        assertThat(AppliesTo.COLLECTIVE.includes(SubjectType.INDIVIDUAL)).isFalse();
    }
}
