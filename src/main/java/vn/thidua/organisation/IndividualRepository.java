package vn.thidua.organisation;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface IndividualRepository extends JpaRepository<Individual, Long>, JpaSpecificationExecutor<Individual> {

    Optional<Individual> findByCode(String code);

    boolean existsByCode(String code);

    List<Individual> findByCodeIn(Collection<String> codes);

    long countByUnitIdAndActiveTrue(Long unitId);

    List<Individual> findByUnitIdAndActiveTrue(Long unitId, Sort sort);

    /** Active people per unit, one row {@code [unitId, count]} per unit that has any. */
    @Query("select i.unitId, count(i) from Individual i where i.active = true group by i.unitId")
    List<Object[]> countActiveByUnit();

    /**
     * Records people as in their unit since {@code since} (the database sets {@code joined_unit_at} to
     * now on create and on a unit change, V9): for data describing an earlier organisation, such as
     * the demo's office of 2020, so that they take part in campaigns whose registration closed since.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update individual set joined_unit_at = :since where id in (:ids)", nativeQuery = true)
    int recordJoinedUnitSince(@Param("ids") Collection<Long> ids, @Param("since") Instant since);
}
