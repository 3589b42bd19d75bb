package vn.thidua.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evidence of evaluations: links, and files kept in PostgreSQL (bytea) so that a database backup
 * keeps them. Lists never read the content; only a download does.
 */
@Repository
class EvidenceStore {

    private static final String COLUMNS = """
            id, evaluation_id, criterion_id, kind, url, file_name, content_type, size, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long addLink(Long evaluationId, Long criterionId, String url, String uploadedBy) {
        return jdbc.sql("""
                        insert into evidence (evaluation_id, criterion_id, kind, url, uploaded_by, uploaded_at)
                        values (:evaluation, :criterion, 'LINK', :url, :by, :at) returning id""")
                .param("evaluation", evaluationId).param("criterion", criterionId).param("url", url)
                .param("by", uploadedBy).param("at", Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    long addFile(Long evaluationId, Long criterionId, String fileName, String contentType, byte[] content,
                 String uploadedBy) {
        return jdbc.sql("""
                        insert into evidence (evaluation_id, criterion_id, kind, file_name, content_type, size, content,
                                              uploaded_by, uploaded_at)
                        values (:evaluation, :criterion, 'FILE', :name, :type, :size, :content, :by, :at) returning id""")
                .param("evaluation", evaluationId).param("criterion", criterionId).param("name", fileName)
                .param("type", contentType).param("size", (long) content.length).param("content", content)
                .param("by", uploadedBy).param("at", Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    List<EvidenceItem> of(Long evaluationId) {
        if (evaluationId == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from evidence where evaluation_id = :evaluation order by id")
                .param("evaluation", evaluationId).query(EvidenceStore::item).list();
    }

    Optional<EvidenceItem> find(Long evidenceId) {
        return jdbc.sql("select " + COLUMNS + " from evidence where id = :id").param("id", evidenceId)
                .query(EvidenceStore::item).optional();
    }

    byte[] content(Long evidenceId) {
        return jdbc.sql("select content from evidence where id = :id").param("id", evidenceId)
                .query(byte[].class).single();
    }

    void delete(Long evidenceId) {
        jdbc.sql("delete from evidence where id = :id").param("id", evidenceId).update();
    }

    private static EvidenceItem item(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Long criterion = row.getObject(3) == null ? null : row.getLong(3);
        Long size = row.getObject(8) == null ? null : row.getLong(8);
        return new EvidenceItem(row.getLong(1), row.getLong(2), criterion,
                EvidenceItem.Kind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                size, row.getString(9), row.getTimestamp(10).toInstant());
    }
}
