package vn.thidua.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/** Evidence: links and files (type by content, 10 MB at most, safe names), kept in PostgreSQL. */
@IntegrationTest
class EvidenceApiTest {

    static final String URL = EvaluationApiTest.URL + "/evidence";

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    Fixtures people;

    @Autowired
    JdbcClient jdbc;

    Org org;
    Campaign campaign;
    Map<String, Long> c;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        campaign = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.a().getId());
        c = fixtures.criteria(campaign);
    }

    @Test
    void aPdfIsStoredAndDownloadedAsAnAttachmentUnderASafeName() throws Exception {
        byte[] pdf = "%PDF-1.7\nBáo cáo kết quả thực hiện nhiệm vụ".getBytes(StandardCharsets.UTF_8);
        String json = upload("../../etc/Báo cáo.pdf", "text/plain", pdf, c.get("C1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("Báo cáo.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.criterionId").value(c.get("C1")))
                .andReturn().getResponse().getContentAsString();
        long id = Json.read(json).get("id").asLong();
        mvc.perform(get(URL + "/" + id, campaign.getId(), "INDIVIDUAL", org.mA1().getId()).with(people.as(org.hA1User())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("B%C3%A1o%20c%C3%A1o.pdf")))
                .andExpect(content().bytes(pdf));
        api.get(org.mA1User(), EvaluationApiTest.URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$.evidence[0].fileName").value("Báo cáo.pdf"))
                .andExpect(jsonPath("$.evidence[0].kind").value("FILE"));
    }

    @Test
    void quotesAndLineBreaksInANameCannotBreakTheDownloadHeader() throws Exception {
        byte[] pdf = "%PDF-1.4".getBytes();
        String json = upload("Kết quả \"quý 3\"\r\nSet-Cookie: x=1.pdf", "application/pdf", pdf, null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String name = Json.read(json).get("fileName").asString();
        assertThat(name).doesNotContain("\r").doesNotContain("\n").isEqualTo("Kết quả \"quý 3\"Set-Cookie: x=1.pdf");
        long id = Json.read(json).get("id").asLong();
        String header = mvc.perform(get(URL + "/" + id, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                        .with(people.as(org.mA1User())))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(header).startsWith("attachment; filename=\"").doesNotContain("\r").doesNotContain("\n")
                .contains("filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20%22qu%C3%BD%203%22Set-Cookie%3A%20x%3D1.pdf");
        // the quoted form escapes the quotes, so the parameter ends where it should
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(name);
        assertThat(header.split(";")).hasSize(3);
    }

    @Test
    void imagesAndOfficeFilesAreRecognisedByContentNotByName() throws Exception {
        upload("anh.txt", "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2}, null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/png"));
        upload("anh.png", "image/png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}, null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/jpeg"));
        upload("bang.bin", "application/octet-stream", zip("xl/workbook.xml"), null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value(containsString("spreadsheetml")));
        upload("van-ban.docx", "application/octet-stream", zip("word/document.xml"), null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value(containsString("wordprocessingml")));
    }

    @Test
    void wrongContentIs415AndNothingIsStored() throws Exception {
        upload("bao-cao.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes(), null)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("PDF, JPEG, PNG, DOCX hoặc XLSX")));
        upload("archive.docx", "application/octet-stream", zip("other/readme.txt"), null)
                .andExpect(status().isUnsupportedMediaType());
        // a ZIP with a word/ or xl/ folder but no document or workbook is not DOCX or XLSX
        upload("gia.docx", "application/octet-stream", zip("word/readme.txt"), null)
                .andExpect(status().isUnsupportedMediaType());
        upload("gia.xlsx", "application/octet-stream", zip("xl/evil.html"), null)
                .andExpect(status().isUnsupportedMediaType());
        // a PDF name over JavaScript
        upload("bao-cao.pdf", "application/pdf", "<script>fetch('/api/v1/me')</script>%PDF-1.4".getBytes(), null)
                .andExpect(status().isUnsupportedMediaType());
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void aFileOverTenMegabytesIs413AndNothingIsStored() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        upload("lon.pdf", "application/pdf", big, null)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void linksAreWebAddressesAndEvidenceIsRemovedWhileTheSelfAssessmentIsOpen() throws Exception {
        api.post(org.mA1User(), Map.of("url", "javascript:alert(1)"), URL, campaign.getId(), "INDIVIDUAL",
                        org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        String json = api.post(org.mA1User(), Map.of("criterionId", c.get("C2"),
                        "url", "https://vpcp.gov.vn/van-ban/123"), URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("LINK"))
                .andExpect(jsonPath("$.url").value("https://vpcp.gov.vn/van-ban/123"))
                .andReturn().getResponse().getContentAsString();
        long link = Json.read(json).get("id").asLong();
        api.delete(org.mA1User(), URL + "/" + link, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isNoContent());
        assertThat(evidenceCount()).isZero();

        long file = Json.read(upload("a.pdf", "application/pdf", "%PDF-1.4".getBytes(), null)
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        // once submitted, the evidence stays as it is
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 1), score(c.get("C2"), 1),
                score(c.get("B1"), 0), score(c.get("P1"), 0))), EvaluationApiTest.URL + "/self", campaign.getId(),
                "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        api.post(org.mA1User(), Map.of("version", 1), EvaluationApiTest.URL + "/submit", campaign.getId(),
                "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        api.delete(org.mA1User(), URL + "/" + file, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict());
        upload("b.pdf", "application/pdf", "%PDF-1.4".getBytes(), null).andExpect(status().isConflict());
        assertThat(evidenceCount()).isEqualTo(1);
        // the history names what was added and removed
        api.get(org.mA1User(), EvaluationApiTest.URL + "/history", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$[?(@.action == 'EVIDENCE_REMOVED')].oldValue")
                        .value(hasItem("https://vpcp.gov.vn/van-ban/123")));
    }

    private ResultActions upload(String name, String type, byte[] bytes, Long criterionId) throws Exception {
        var request = multipart(URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .file(new MockMultipartFile("file", name, type, bytes))
                .with(people.as(org.mA1User())).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (criterionId != null) {
            request.param("criterionId", criterionId.toString());
        }
        return mvc.perform(request);
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private long evidenceCount() {
        return jdbc.sql("select count(*) from evidence e join evaluation v on v.id = e.evaluation_id "
                + "where v.campaign_id = :c").param("c", campaign.getId()).query(Long.class).single();
    }
}
