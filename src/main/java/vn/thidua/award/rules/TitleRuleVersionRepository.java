package vn.thidua.award.rules;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface TitleRuleVersionRepository extends Repository<TitleRuleVersion, Long> {

    TitleRuleVersion save(TitleRuleVersion version);

    @EntityGraph(attributePaths = "clauses")
    List<TitleRuleVersion> findByTitleCodeOrderByVersionAsc(String titleCode);

    @EntityGraph(attributePaths = "clauses")
    @Query("""
            select v from TitleRuleVersion v where v.titleCode = :titleCode and v.effectiveFrom <= :date
            and (v.effectiveTo is null or v.effectiveTo >= :date)""")
    Optional<TitleRuleVersion> findInForce(String titleCode, LocalDate date);

    @EntityGraph(attributePaths = "clauses")
    @Query("""
            select v from TitleRuleVersion v where v.effectiveFrom <= :date
            and (v.effectiveTo is null or v.effectiveTo >= :date)""")
    List<TitleRuleVersion> findAllInForce(LocalDate date);

    Optional<TitleRuleVersion> findFirstByTitleCodeOrderByVersionDesc(String titleCode);
}
