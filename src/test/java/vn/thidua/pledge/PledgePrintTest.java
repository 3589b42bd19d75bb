package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printed pledge follows the administrative form (issue 12): the agency above the unit and the
 * unit on the left, the national name and motto on the right with the place and date under them,
 * "Kính gửi" the one who approves, and the approver's confirmation beside the signer.
 */
@IntegrationTest
class PledgePrintTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua bản in " + Fixtures.unique(""));
    }

    String print(String user, long id, String language) throws Exception {
        return mvc.perform(get("/pledges/{id}/print", id).param("lang", language).with(pledges.fixtures().as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long[] submit(String user, Map<String, Object> body) throws Exception {
        JsonNode created = Json.read(api.post(user, body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode sent = Json.read(api.post(user, Map.of("version", created.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", created.get("id").asLong()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return new long[] {sent.get("id").asLong(), sent.get("version").asLong()};
    }

    /** "dd tháng MM năm yyyy" parts of a date, as the form writes them. */
    static String[] parts(LocalDate day) {
        return new String[] {"%02d".formatted(day.getDayOfMonth()), "%02d".formatted(day.getMonthValue()),
                String.valueOf(day.getYear())};
    }

    @Test
    void anIndividualsPledgePrintsWithTheLetterheadAndTheHeadsConfirmation() throws Exception {
        long[] p = submit(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        String[] day = parts(PledgeFixtures.today());

        String html = print(org.staffA1User(), p[0], "vi");

        assertThat(Html.text(html, "printAgency")).isEqualTo(org.vuA().getName());
        assertThat(Html.text(html, "printUnit")).isEqualTo(org.phongA1().getName());
        assertThat(Html.attribute(html, "printUnit", "class")).contains("text-uppercase");
        assertThat(Html.text(html, "printNation")).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(Html.text(html, "printMotto")).isEqualTo("Độc lập – Tự do – Hạnh phúc");
        assertThat(Html.text(html, "printDate"))
                .isEqualTo("Hà Nội, ngày " + day[0] + " tháng " + day[1] + " năm " + day[2]);
        assertThat(Html.text(html, "printTo")).isEqualTo("Kính gửi: Thủ trưởng " + org.phongA1().getName());
        assertThat(Html.text(html, "printConfirmation")).isEqualTo("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên)");
        assertThat(Html.text(html, "printSigner")).isEqualTo("NGƯỜI ĐĂNG KÝ (Ký, ghi rõ họ tên) Phạm Thị Thu Hương");
        // the letterhead comes before the title, the signatures after the commitments, side by side
        assertThat(html.indexOf("printLetterhead")).isLessThan(html.indexOf("printTitle"));
        assertThat(Html.ids(Html.element(html, "printSheet"), "print"))
                .containsSubsequence("printLetterhead", "printTitle", "printTo", "printSubject", "printConfirmation",
                        "printSigner");

        api.post(org.phongHeadUser(), Map.of("version", p[1]), "/api/v1/pledges/{id}/approve", p[0])
                .andExpect(status().isOk());
        assertThat(Html.text(print(org.staffA1User(), p[0], "vi"), "printApproved"))
                .isEqualTo("Đã duyệt ngày " + day[0] + "/" + day[1] + "/" + day[2]);
        String english = print(org.staffA1User(), p[0], "en");
        assertThat(Html.text(english, "printMotto")).isEqualTo("Independence – Freedom – Happiness");
        assertThat(Html.text(english, "printDate")).isEqualTo("Hà Nội, " + day[2] + "-" + day[1] + "-" + day[0]);
    }

    @Test
    void aUnitsPledgeIsAddressedToTheBoardOfTheAgencyAbove() throws Exception {
        long[] p = submit(org.phongHeadUser(), pledges.collectiveBody(campaign, org.phongA1()));

        String html = print(org.phongHeadUser(), p[0], "vi");

        assertThat(Html.text(html, "printAgency")).isEqualTo(org.vuA().getName());
        assertThat(Html.text(html, "printUnit")).isEqualTo(org.phongA1().getName());
        assertThat(Html.text(html, "printTo"))
                .isEqualTo("Kính gửi: Hội đồng Thi đua – Khen thưởng " + org.vuA().getName());
        assertThat(Html.text(html, "printConfirmation"))
                .isEqualTo("XÁC NHẬN CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG (Ký, ghi rõ họ tên)");
        assertThat(Html.text(html, "printSigner")).startsWith("THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên)");
    }

    @Test
    void aTopLevelUnitStandsAloneInTheLetterhead() throws Exception {
        long[] p = submit(org.vuHeadUser(), pledges.collectiveBody(campaign, org.vuA()));

        String html = print(org.vuHeadUser(), p[0], "vi");

        assertThat(Html.has(html, "printAgency")).isFalse();
        assertThat(Html.text(html, "printUnit")).isEqualTo(org.vuA().getName());
    }
}
