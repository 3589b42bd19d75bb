package vn.thidua.award.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.SubjectType;

import java.util.List;
import java.util.Optional;

/**
 * The titles of the catalogue (table {@code title}), read at run time: new titles and the subject
 * type {@code BOTH} (a commendation for people and units) come from data, never from a list in code.
 */
@Component
class TitleLookup {

    record TitleInfo(String code, String name, String nameEn, String subjectType) {

        /** INDIVIDUAL or COLLECTIVE as the title says; BOTH fits either. */
        boolean fits(SubjectType type) {
            return "BOTH".equals(subjectType) || type.name().equals(subjectType);
        }
    }

    private final JdbcClient jdbc;

    TitleLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TitleInfo> all() {
        return jdbc.sql("select code, name, name_en, subject_type from title order by position, code")
                .query(TitleInfo.class).list();
    }

    Optional<TitleInfo> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select code, name, name_en, subject_type from title where code = :code")
                .param("code", code.strip().toUpperCase(java.util.Locale.ROOT)).query(TitleInfo.class).optional();
    }
}
