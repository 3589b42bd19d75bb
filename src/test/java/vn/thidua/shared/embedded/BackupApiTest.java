package vn.thidua.shared.embedded;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's backup of the embedded database: the page with its button, and the API. */
@IntegrationTest
class BackupApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theAdminDownloadsABackupOfTheRunningDatabase() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/admin/backup").with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/gzip"))
                .andExpect(header().string("Content-Disposition", containsString("thidua-backup-")))
                .andReturn();
        Set<String> names = new TreeSet<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("PG_VERSION", "backup_label", "global/pg_control", "pg_wal/", "postgresql.conf")
                .doesNotContain("postmaster.pid", "epg-lock");
        assertThat(names).anyMatch(name -> name.matches("pg_wal/[0-9A-F]{24}"));
    }

    @Test
    void onlyTheAdminMayBackUp() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Sao lưu");
        mvc.perform(get("/api/v1/admin/backup").with(fixtures.basic(team.headUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/backup").with(fixtures.basic(fixtures.board()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/backup")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/backup").with(fixtures.as(team.memberUser()))).andExpect(status().isForbidden());
    }

    @Test
    void theBackupPageHasItsButtonInBothLanguages() throws Exception {
        mvc.perform(get("/admin/backup").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sao lưu dữ liệu")))
                .andExpect(content().string(containsString("id=\"downloadBackup\"")))
                .andExpect(content().string(containsString("postgres.password")));
        mvc.perform(get("/admin/backup").param("lang", "en").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download a backup")));
    }
}
