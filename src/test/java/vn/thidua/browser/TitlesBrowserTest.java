package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void theOfficeFindsTheTitlesInTheMenuAndReadsATitlesRulesAndQuota() {
        open("/");
        signIn(fixtures.admin(), Fixtures.PASSWORD);
        click("#navTitles");
        assertThat(text("#titlesHeading")).isEqualTo("Danh hiệu thi đua");
        assertThat(text("#TTLDXS-MEMBERS_LDTT .clause-text")).isEqualTo("Ít nhất 70% thành viên đạt Lao động tiên tiến");
        screenshotAtWidths("titles");

        click("#titleLink-CSTDCS");
        assertThat(text("#titleName")).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(text("#quotaSummary")).isEqualTo("Tối đa 15% số Lao động tiên tiến của đơn vị, làm tròn xuống");
        assertThat(find("#quotaPercent").getDomProperty("value")).isEqualTo("15");
        screenshotAtWidths("title-cstdcs");
    }
}
